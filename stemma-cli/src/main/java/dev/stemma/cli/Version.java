package dev.stemma.cli;

import picocli.CommandLine;

/** The version, read from the jar's manifest (or "development" when run from classes). */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"stemma " + (v == null ? "development" : v)};
  }
}
