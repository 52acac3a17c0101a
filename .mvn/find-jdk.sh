# Sourced by ./mvnw and ./stemma: makes JAVA_HOME point at a JDK 21 or newer.
#
# Stemma targets Java 21, but a fresh machine may have an older `java` on the PATH and a newer JDK
# beside it under /usr/lib/jvm. Try, in order: $JAVA_HOME, the `java` on the PATH, then every JDK
# under /usr/lib/jvm and /opt/java (newest first). POSIX sh, because ./mvnw runs under `set -euf`.

stemma_java_major() {
  # Prints the feature version of the java binary given ("17" for 17.0.15, "1" for 1.8).
  "$1" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9]*\).*/\1/p'
}

stemma_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(stemma_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

stemma_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && stemma_jdk_ok "$JAVA_HOME"; then
    printf '%s\n' "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if stemma_jdk_ok "$home"; then printf '%s\n' "$home"; return 0; fi
  fi
  for home in $(set +f; ls -d /usr/lib/jvm/* /opt/java/* 2>/dev/null | sort -rV); do
    if stemma_jdk_ok "$home"; then printf '%s\n' "$home"; return 0; fi
  done
  return 1
}

if stemma_home=$(stemma_find_jdk); then
  JAVA_HOME=$stemma_home
  export JAVA_HOME
else
  echo "Stemma needs a JDK 21 or newer and found none in JAVA_HOME, on the PATH or under /usr/lib/jvm." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  exit 1
fi
