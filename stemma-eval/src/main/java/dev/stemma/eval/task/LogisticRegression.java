package dev.stemma.eval.task;

import java.util.Arrays;

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method.
 *
 * <p>Minimises {@code sum_i logloss(y_i, sigmoid(b + w . x_i)) + (l2 / 2) |w|^2}, the intercept
 * {@code b} unpenalised: with {@code l2 = 1} this is scikit-learn's {@code
 * LogisticRegression(C=1.0)}, the default. Newton's method (iteratively reweighted least squares;
 * Hastie, Tibshirani and Friedman, "The Elements of Statistical Learning", 4.4.1) converges in a
 * handful of steps for a few features and is exact and deterministic, where gradient descent would
 * need a learning rate and a stopping rule that change the weights in their last digits. The
 * penalty keeps the Hessian positive definite, so each step is one small Cholesky solve, and keeps
 * the weights finite when the data are separable (a tiny fixture).
 */
public final class LogisticRegression {

  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-10;

  private LogisticRegression() {}

  /**
   * Fits the weights.
   *
   * @param x one row of features per item, all rows of the same length
   * @param y the labels
   * @param l2 the penalty on the feature weights, at least 0 (use more than 0 on separable data)
   * @return the intercept followed by one weight per feature
   */
  public static double[] fit(double[][] x, boolean[] y, double l2) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, got " + x.length + " and " + y.length);
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("Cannot fit a logistic regression on no items");
    }
    if (!(l2 >= 0)) {
      throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
    }
    int d = x[0].length + 1;
    for (double[] row : x) {
      if (row.length != d - 1) {
        throw new IllegalArgumentException(
            "every row must have " + (d - 1) + " features, got one with " + row.length);
      }
    }
    double[] w = new double[d];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        double p = sigmoid(logit(w, x[i]));
        double r = p - (y[i] ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-12);
        for (int j = 0; j < d; j++) {
          double xj = j == 0 ? 1 : x[i][j - 1];
          gradient[j] += r * xj;
          for (int k = 0; k <= j; k++) {
            double xk = k == 0 ? 1 : x[i][k - 1];
            hessian[j][k] += s * xj * xk;
          }
        }
      }
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < j; k++) {
          hessian[k][j] = hessian[j][k];
        }
      }
      for (int j = 1; j < d; j++) {
        gradient[j] += l2 * w[j];
        hessian[j][j] += l2;
      }
      hessian[0][0] += 1e-12; // an all-positive or all-negative fixture must not make it singular
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= step[j];
        largest = Math.max(largest, Math.abs(step[j]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /** {@code w[0] + w[1..] . row}. */
  public static double logit(double[] w, double[] row) {
    double z = w[0];
    for (int j = 1; j < w.length; j++) {
      z += w[j] * row[j - 1];
    }
    return z;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a}, by Cholesky. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalStateException(
                "the Hessian is not positive definite (pivot "
                    + sum
                    + " at "
                    + i
                    + "); give l2 > 0 or more varied data");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] z = Arrays.copyOf(b, n);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < i; k++) {
        z[i] -= l[i][k] * z[k];
      }
      z[i] /= l[i][i];
    }
    for (int i = n - 1; i >= 0; i--) {
      for (int k = i + 1; k < n; k++) {
        z[i] -= l[k][i] * z[k];
      }
      z[i] /= l[i][i];
    }
    return z;
  }
}
