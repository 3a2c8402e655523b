/***************************************************************************
  linearfit.h - weighted linear fit of attainment on deprivation (+ class term)
 ***************************************************************************/
#ifndef PLACEGAP_CORE_LINEARFIT_H
#define PLACEGAP_CORE_LINEARFIT_H

#include <string>
#include <vector>

namespace placegap
{

  //! One observation: the measure y, the predictor x, an optional category and a weight.
  struct FitObservation
  {
      double x = 0;
      double y = 0;
      int category = 0;  //!< 0..categories-1; ignored when the fit has one category
      double weight = 1; //!< > 0
  };

  struct LinearFit
  {
      bool ok = false;
      std::string problem;              //!< why the fit failed, when !ok
      double slope = 0;                 //!< change in y per unit of x
      std::vector<double> intercepts;   //!< per category (one when there is no category term)
      double residualSd = 0;            //!< s = sqrt( sum w e^2 / (n - p) ), weights scaled to mean 1
      double rSquared = 0;              //!< 1 - sum w e^2 / sum w (y - ybar_w)^2
      int parameters = 0;               //!< p = 1 + categories
      std::vector<double> expected;     //!< fitted value per observation
      std::vector<double> residuals;    //!< y - expected
      std::vector<double> standardised; //!< sqrt(w) e / ( s sqrt(1 - h) ); NaN where h = 1
  };

  /**
   * Weighted least squares of y on x with one intercept per category (a rurality class term,
   * category 0 the reference is not needed: the model y = a_c + b x is fitted directly, which
   * is the same as an intercept and c-1 dummies). Standardised residuals are internally
   * studentised as in R's rstandard(): sqrt(w_i) e_i / ( s sqrt(1 - h_ii) ) with h_ii the
   * leverage, the diagonal of W^(1/2) X (X' W X)^-1 X' W^(1/2).
   *
   * Weights are scaled to mean 1 first (which changes no coefficient, R^2 or standardised
   * residual), so s is in the measure's units whatever the scale of the weights.
   *
   * Fails (ok = false with a problem) with n <= p observations, when x does not vary within
   * the data (the slope cannot be estimated), or when a category has no observation.
   */
  LinearFit fitLinear( const std::vector<FitObservation> &observations, int categories );

} // namespace placegap

#endif // PLACEGAP_CORE_LINEARFIT_H
