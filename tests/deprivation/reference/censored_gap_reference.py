#!/usr/bin/env python3
"""An independent computation of placegap:attainmentgap's estimate and bounds with suppressed
and banded values, for the figures test_sampleprojects holds.

    censored_gap_reference.py PRIMARY_SCHOOLS_GPKG

Reads the main job's primary_schools.gpkg (Python's standard library only) and, per council and
for all schools together, with the schools' roll as weights and their council quintile as class:

- fits the interval-censored normal model (a mean per quintile, one spread) by maximising the
  log-likelihood directly with Nelder-Mead (PlaceGap uses EM);
- puts every suppressed or banded value at its expectation within its interval under that model
  and computes the gap (quintile 5 - quintile 1), the SII by area-level weighted least squares on
  the class ridits, and RII = SII / mean (PlaceGap: class-level regression);
- bounds: gap and SII by sorting each value's coefficient sign (both are linear in the values);
  RII by bisection on lambda for min/max of SII - lambda x mean over the box (PlaceGap uses
  Dinkelbach's iteration).
Prints one line per scope: code gap sii rii gap_min gap_max sii_min sii_max rii_min rii_max."""
import math
import sqlite3
import sys

SQRT2 = math.sqrt(2.0)


def cdf(x):
    return 0.5 * math.erfc(-x / SQRT2)


def tail(x):
    return 0.5 * math.erfc(x / SQRT2)


def log_interval_probability(mu, sd, lower, upper):
    a, b = (lower - mu) / sd, (upper - mu) / sd
    p = tail(a) - tail(b) if a > 0 else cdf(b) - cdf(a)
    return math.log(max(p, 1e-300))


def log_likelihood(params, schools):
    mus, sd = params[:5], math.exp(params[5])
    total = 0.0
    for q, lower, upper, _ in schools:
        mu = mus[q - 1]
        if lower == upper:
            total += -math.log(sd) - 0.5 * ((lower - mu) / sd) ** 2
        else:
            total += log_interval_probability(mu, sd, lower, upper)
    return total


def nelder_mead(f, start, step=5.0, tolerance=1e-12, iterations=20000):
    n = len(start)
    simplex = [list(start)]
    for i in range(n):
        point = list(start)
        point[i] += step if i < n - 1 else 0.5
        simplex.append(point)
    values = [f(p) for p in simplex]
    for _ in range(iterations):
        order = sorted(range(n + 1), key=lambda i: values[i])
        simplex = [simplex[i] for i in order]
        values = [values[i] for i in order]
        if abs(values[-1] - values[0]) <= tolerance * (1 + abs(values[0])):
            spread = max(abs(simplex[-1][j] - simplex[0][j]) for j in range(n))
            if spread < 1e-9:
                break
        centroid = [sum(p[j] for p in simplex[:-1]) / n for j in range(n)]
        worst = simplex[-1]
        reflected = [c + (c - w) for c, w in zip(centroid, worst)]
        fr = f(reflected)
        if fr < values[0]:
            expanded = [c + 2 * (c - w) for c, w in zip(centroid, worst)]
            fe = f(expanded)
            simplex[-1], values[-1] = (expanded, fe) if fe < fr else (reflected, fr)
        elif fr < values[-2]:
            simplex[-1], values[-1] = reflected, fr
        else:
            contracted = [c + 0.5 * (w - c) for c, w in zip(centroid, worst)]
            fc = f(contracted)
            if fc < values[-1]:
                simplex[-1], values[-1] = contracted, fc
            else:
                best = simplex[0]
                simplex = [best] + [[b + 0.5 * (p - b) for b, p in zip(best, point)] for point in simplex[1:]]
                values = [values[0]] + [f(p) for p in simplex[1:]]
    return simplex[0]


def fit(schools):
    """Maximum likelihood, restarted from its own answer until it stops moving. Only the quintiles
    with a published value are in the likelihood (the others have no maximum of their own)."""
    start = []
    for q in range(1, 6):
        mids = [(lo + hi) / 2 for k, lo, hi, _ in schools if k == q]
        start.append(sum(mids) / len(mids) if mids else 50.0)
    schools = [s for s in schools if s[0] in published_quintiles(schools)]
    start.append(math.log(10.0))
    best = start
    for _ in range(4):
        best = nelder_mead(lambda p: -log_likelihood(p, schools), best, step=2.0)
    return best[:5], math.exp(best[5])


def published_quintiles(schools):
    return {k for k, lo, hi, _ in schools if lo == hi}


def expectation(mu, sd, lower, upper):
    if lower == upper:
        return lower
    a, b = (lower - mu) / sd, (upper - mu) / sd
    z = tail(a) - tail(b) if a > 0 else cdf(b) - cdf(a)
    density = lambda x: math.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return min(max(mu + sd * (density(a) - density(b)) / z, lower), upper)


def ridit_coefficients(schools):
    """Each school's coefficient c_i in SII = sum c_i y_i, by area-level least squares."""
    total = sum(w for _, _, _, w in schools)
    class_weight = [sum(w for k, _, _, w in schools if k == q) for q in range(1, 6)]
    ridit, before = [], 0.0
    for w in class_weight:
        ridit.append((before + w / 2) / total)
        before += w
    x = [ridit[k - 1] for k, _, _, _ in schools]
    xbar = sum(w * xi for (_, _, _, w), xi in zip(schools, x)) / total
    sxx = sum(w * (xi - xbar) ** 2 for (_, _, _, w), xi in zip(schools, x))
    return [w * (xi - xbar) / sxx for (_, _, _, w), xi in zip(schools, x)], [w / total for _, _, _, w in schools]


def gap_coefficients(schools):
    w1 = sum(w for k, _, _, w in schools if k == 1)
    w5 = sum(w for k, _, _, w in schools if k == 5)
    if w1 == 0 or w5 == 0:
        return None
    return [w / w5 if k == 5 else (-w / w1 if k == 1 else 0.0) for k, _, _, w in schools]


def linear_range(schools, coefficients):
    low = sum(c * (lo if c > 0 else hi) for c, (_, lo, hi, _) in zip(coefficients, schools))
    high = sum(c * (hi if c > 0 else lo) for c, (_, lo, hi, _) in zip(coefficients, schools))
    return low, high


def ratio_extreme(schools, numerator, denominator, largest):
    """min (or max) of N.y / D.y over the box: the lambda where min (or max) of (N - lambda D).y is 0."""
    sign = -1.0 if largest else 1.0
    def lowest(lam):
        return sum(min((sign * n - lam * d) * lo, (sign * n - lam * d) * hi)
                   for n, d, (_, lo, hi, _) in zip(numerator, denominator, schools))
    low, high = -10.0, 10.0
    for _ in range(200):
        middle = (low + high) / 2
        if lowest(middle) > 0:
            low = middle
        else:
            high = middle
    return sign * (low + high) / 2


def scope(code, schools):
    mus, sd = fit(schools)
    y = [expectation(mus[k - 1], sd, lo, hi) for k, lo, hi, _ in schools]
    sii_c, mean_c = ridit_coefficients(schools)
    sii = sum(c * v for c, v in zip(sii_c, y))
    mean = sum(c * v for c, v in zip(mean_c, y))
    gap_c = gap_coefficients(schools)
    gap = sum(c * v for c, v in zip(gap_c, y)) if gap_c else float("nan")
    # A quintile known only through intervals has no estimate, nor has what uses it.
    unestimated = {k for k, _, _, _ in schools} - published_quintiles(schools)
    if unestimated:
        sii = float("nan")
        if 1 in unestimated or 5 in unestimated:
            gap = float("nan")
    gap_range = linear_range(schools, gap_c) if gap_c else (float("nan"), float("nan"))
    sii_range = linear_range(schools, sii_c)
    rii_range = (ratio_extreme(schools, sii_c, mean_c, False), ratio_extreme(schools, sii_c, mean_c, True))
    print("%s %.6f %.6f %.8f %.6f %.6f %.6f %.6f %.8f %.8f" % ((code, gap, sii, sii / mean) + gap_range + sii_range + rii_range))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True) as db:
        layer = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        rows = db.execute('SELECT council_code, council_quintile, acel_p_reading_lo, acel_p_reading_hi, pupil_roll FROM "%s" '
                          "WHERE acel_p_reading_lo IS NOT NULL AND council_quintile IS NOT NULL AND pupil_roll > 0" % layer).fetchall()
    every = [(int(q), lo, hi, float(w)) for _, q, lo, hi, w in rows]
    scope("all", every)
    for code in sorted({r[0] for r in rows}):
        scope(code, [(int(q), lo, hi, float(w)) for c, q, lo, hi, w in rows if c == code])


if __name__ == "__main__":
    main()
