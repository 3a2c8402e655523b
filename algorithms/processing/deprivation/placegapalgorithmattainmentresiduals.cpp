/***************************************************************************
  placegapalgorithmattainmentresiduals.cpp - placegap:attainmentresiduals
 ***************************************************************************/
#include "placegapalgorithmattainmentresiduals.h"

#include "attainmentgap.h"
#include "linearfit.h"
#include "placegapattainmentcells.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfaroutwarnings.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegaprun.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"
#include "smallnumbers.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingoutputs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace placegap::attributes;

const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_EXPECTED = QStringLiteral( "expected" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RESIDUAL = QStringLiteral( "residual" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_STANDARDISED = QStringLiteral( "std_resid" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_FLAG = QStringLiteral( "flag" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_WILSON_LOWER = QStringLiteral( "wilson_lo" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_WILSON_UPPER = QStringLiteral( "wilson_hi" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_SHRUNK = QStringLiteral( "eb_resid" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_SHRUNK_LOWER = QStringLiteral( "eb_lo" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_SHRUNK_UPPER = QStringLiteral( "eb_hi" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RANK = QStringLiteral( "eb_rank" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RANK_LOWER = QStringLiteral( "rank_lo" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RANK_UPPER = QStringLiteral( "rank_hi" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RESIDUAL_LOWER = QStringLiteral( "resid_lo" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RESIDUAL_UPPER = QStringLiteral( "resid_hi" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_ATTAINMENT_STATUS = QStringLiteral( "att_status" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_ABOVE = QStringLiteral( "above expectation" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_BELOW = QStringLiteral( "below expectation" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_AS_EXPECTED = QStringLiteral( "as expected" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_NOT_KNOWN = QStringLiteral( "not known" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString DEPRIVATION_FIELD = QStringLiteral( "DEPRIVATION_FIELD" );
  const QString RURALITY_FIELD = QStringLiteral( "RURALITY_FIELD" );
  const QString WEIGHT_FIELD = QStringLiteral( "WEIGHT_FIELD" );
  const QString THRESHOLD = QStringLiteral( "THRESHOLD" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString SLOPE = QStringLiteral( "SLOPE" );
  const QString R_SQUARED = QStringLiteral( "R_SQUARED" );
  const QString RESIDUAL_SD = QStringLiteral( "RESIDUAL_SD" );
  const QString FLAGGED_ABOVE = QStringLiteral( "FLAGGED_ABOVE" );
  const QString FLAGGED_BELOW = QStringLiteral( "FLAGGED_BELOW" );
  const QString COHORT_FIELD = QStringLiteral( "COHORT_FIELD" );
  const QString RANK_DRAWS = QStringLiteral( "RANK_DRAWS" );
  const QString SEED = QStringLiteral( "SEED" );
  const QString BETWEEN_SD = QStringLiteral( "BETWEEN_SD" );

  struct Observation
  {
      QgsFeatureId id = FID_NULL;
      QString rurality;
      placegap::FitObservation fit;
      double cohort = std::numeric_limits<double>::quiet_NaN(); //!< pupils the share is of; NaN without
  };
  //! A feature whose attainment is known only as an interval (suppressed or banded): not fitted, judged at both ends.
  struct IntervalObservation
  {
      QgsFeatureId id = FID_NULL;
      QString rurality;
      double deprivation = 0;
      double weight = 1;
      placegap::PublishedCell cell;
      double cohort = std::numeric_limits<double>::quiet_NaN();
  };

  //! What can be said of an interval observation: its residual's interval, and a flag only where every value in it agrees.
  struct IntervalResult
  {
      double expected = 0;
      double residualLower = 0, residualUpper = 0;
      QString flag;
      QVariant wilsonLower, wilsonUpper, shrunkLower, shrunkUpper;
  };

  QString flagOf( double lower, double upper, double threshold )
  {
    if ( lower > threshold )
      return PlaceGapAttainmentResidualsAlgorithm::FLAG_ABOVE;
    if ( upper < -threshold )
      return PlaceGapAttainmentResidualsAlgorithm::FLAG_BELOW;
    if ( lower >= -threshold && upper <= threshold )
      return PlaceGapAttainmentResidualsAlgorithm::FLAG_AS_EXPECTED;
    return PlaceGapAttainmentResidualsAlgorithm::FLAG_NOT_KNOWN;
  }

  /**
   * Judges an interval observation against its expectation. Without a cohort the residual's ends
   * are standardised by sqrt(w / mean w) / s (a feature outside the fit has no leverage) and
   * compared with the threshold; with one, each end is shrunk as a published residual would be
   * and the shrunk interval widened by its 95 % margin, then compared with 0.
   */
  IntervalResult judgeInterval( const IntervalObservation &observation, double expected, const placegap::LinearFit &fit, double meanWeight, double threshold, bool withCohort, double betweenSd )
  {
    IntervalResult result;
    result.expected = expected;
    result.residualLower = observation.cell.lower - expected;
    result.residualUpper = observation.cell.upper - expected;
    if ( !withCohort )
    {
      if ( fit.residualSd > 0 )
      {
        const double scale = std::sqrt( observation.weight / meanWeight ) / fit.residualSd;
        result.flag = flagOf( result.residualLower * scale, result.residualUpper * scale, threshold );
      }
      return result;
    }
    const double n = observation.cohort;
    if ( std::isnan( n ) )
      return result;
    const double e = std::clamp( expected / 100.0, 0.5 / n, 1 - 0.5 / n );
    const double v = 100.0 * 100.0 * e * ( 1 - e ) / n;
    const double between = betweenSd * betweenSd;
    const double factor = between / ( between + v );
    const double margin = placegap::Z_975 * std::sqrt( between * v / ( between + v ) );
    // Every value in the band gives a shrunk residual r f with interval r f -/+ margin.
    result.shrunkLower = result.residualLower * factor - margin;
    result.shrunkUpper = result.residualUpper * factor + margin;
    result.flag = flagOf( result.residualLower * factor, result.residualUpper * factor, margin );
    result.wilsonLower = 100 * placegap::wilsonInterval( observation.cell.lower / 100.0, n ).lower;
    result.wilsonUpper = 100 * placegap::wilsonInterval( observation.cell.upper / 100.0, n ).upper;
    return result;
  }

  //! What the small-number methods give one feature with a cohort.
  struct SmallNumberResult
  {
      double wilsonLower, wilsonUpper; //!< 95 % Wilson interval of the attainment %
      double shrunk, shrunkLower, shrunkUpper;
      int rank;
      double rankLower, rankUpper;
  };

  struct SmallNumbers
  {
      std::map<QgsFeatureId, SmallNumberResult> byId;
      double betweenSd = 0;
  };

  /**
   * Wilson intervals, empirical Bayes shrinkage and rank intervals for the observations with a
   * cohort. A share's sampling variance is taken at its expectation, 100^2 e (1 - e) / n (e the
   * expected share, kept within 0.5 / n of 0 and 1 so a school expected at 100 % still has noise).
   */
  SmallNumbers smallNumberResults( const std::vector<Observation> &observations, const placegap::LinearFit &fit, int draws, std::uint64_t seed )
  {
    SmallNumbers result;
    std::vector<std::size_t> positions;
    std::vector<double> residuals;
    std::vector<double> variances;
    for ( std::size_t i = 0; i < observations.size(); ++i )
    {
      const double n = observations[i].cohort;
      if ( std::isnan( n ) )
        continue;
      const double e = std::clamp( fit.expected[i] / 100.0, 0.5 / n, 1 - 0.5 / n );
      positions.push_back( i );
      residuals.push_back( fit.residuals[i] );
      variances.push_back( 100.0 * 100.0 * e * ( 1 - e ) / n );
    }
    if ( positions.empty() )
      return result;
    const placegap::Shrinkage shrinkage = placegap::shrinkResiduals( residuals, variances, fit.parameters );
    result.betweenSd = std::sqrt( shrinkage.between );
    const placegap::RankIntervals ranks = placegap::rankIntervals( shrinkage.residuals, shrinkage.sd, draws, seed );
    for ( std::size_t k = 0; k < positions.size(); ++k )
    {
      const Observation &observation = observations[positions[k]];
      const placegap::Interval wilson = placegap::wilsonInterval( observation.fit.y / 100.0, observation.cohort );
      const double margin = placegap::Z_975 * shrinkage.sd[k];
      result.byId[observation.id] = SmallNumberResult { 100 * wilson.lower, 100 * wilson.upper, shrinkage.residuals[k], shrinkage.residuals[k] - margin, shrinkage.residuals[k] + margin, ranks.rank[k], ranks.interval[k].lower, ranks.interval[k].upper };
    }
    return result;
  }

  //! A fitted feature's results.
  struct FitResult
  {
      double expected;
      double residual;
      double standardised;
  };

  //! The result fields of a feature with a published value (or none: NULLs), from expected to resid_hi.
  QgsAttributes publishedValues( const FitResult *fit, const SmallNumberResult *small, bool withCohort, double threshold )
  {
    QgsAttributes values;
    if ( !fit )
      values << QVariant() << QVariant() << QVariant() << QVariant();
    else
    {
      const bool standardised = !std::isnan( fit->standardised );
      QVariant flag;
      if ( withCohort && small )
        flag = small->shrunkLower > 0 ? PlaceGapAttainmentResidualsAlgorithm::FLAG_ABOVE : small->shrunkUpper < 0 ? PlaceGapAttainmentResidualsAlgorithm::FLAG_BELOW
                                                                                                                  : PlaceGapAttainmentResidualsAlgorithm::FLAG_AS_EXPECTED;
      else if ( !withCohort && standardised )
        flag = fit->standardised > threshold ? PlaceGapAttainmentResidualsAlgorithm::FLAG_ABOVE : fit->standardised < -threshold ? PlaceGapAttainmentResidualsAlgorithm::FLAG_BELOW
                                                                                                                                 : PlaceGapAttainmentResidualsAlgorithm::FLAG_AS_EXPECTED;
      values << fit->expected << fit->residual << ( standardised ? QVariant( fit->standardised ) : QVariant() ) << flag;
    }
    if ( small )
      values << small->wilsonLower << small->wilsonUpper << small->shrunk << small->shrunkLower << small->shrunkUpper << small->rank << small->rankLower << small->rankUpper;
    else
      values << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
    // A published value's residual interval is the residual itself.
    const QVariant residual = fit ? QVariant( fit->residual ) : QVariant();
    return values << residual << residual;
  }

  //! The result fields of a feature known only as an interval: no point residual, standardised residual or rank.
  QgsAttributes intervalValues( const IntervalResult &r )
  {
    QgsAttributes values;
    values << r.expected << QVariant() << QVariant() << ( r.flag.isEmpty() ? QVariant() : QVariant( r.flag ) );
    values << r.wilsonLower << r.wilsonUpper << QVariant() << r.shrunkLower << r.shrunkUpper << QVariant() << QVariant() << QVariant();
    return values << r.residualLower << r.residualUpper;
  }
} // namespace

QString PlaceGapAttainmentResidualsAlgorithm::name() const
{
  return QStringLiteral( "attainmentresiduals" );
}

QString PlaceGapAttainmentResidualsAlgorithm::displayName() const
{
  return PlaceGap::tr( "Attainment above or below expectation (residuals)" );
}

QStringList PlaceGapAttainmentResidualsAlgorithm::tags() const
{
  return PlaceGap::tr( "simd,deprivation,attainment,regression,residual,expected,beating the odds,rurality,school" ).split( ',' );
}

QString PlaceGapAttainmentResidualsAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Fits attainment on deprivation (optionally with a rurality class term) and flags areas or schools clearly above or below what their deprivation predicts." );
}

QString PlaceGapAttainmentResidualsAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Finds schools or areas that beat the odds: fits attainment on deprivation (with one level per rurality class if chosen) and flags those clearly above or below what their deprivation predicts. With a cohort field, small schools are judged fairly: their percentages get Wilson intervals, their residuals are shrunk toward the expectation (empirical Bayes) and ranked with intervals, and a school is flagged only when its interval excludes the expectation. Suppressed and banded figures are judged at both ends of their interval." ) );
}

PlaceGapAttainmentResidualsAlgorithm *PlaceGapAttainmentResidualsAlgorithm::createInstance() const
{
  return new PlaceGapAttainmentResidualsAlgorithm();
}

void PlaceGapAttainmentResidualsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Areas or schools (any layer or table)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  for ( QgsProcessingParameterDefinition *definition : PlaceGapAttainmentCells::parameters( INPUT, PlaceGap::tr( "Attainment field (a number or published text)" ) ) )
    addParameter( definition );
  addParameter( new QgsProcessingParameterField( DEPRIVATION_FIELD, PlaceGap::tr( "Deprivation field (rank, score or class)" ), QStringLiteral( "dz_simd_rank" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterField( RURALITY_FIELD, PlaceGap::tr( "Rurality class field (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( WEIGHT_FIELD, PlaceGap::tr( "Weight field, e.g. pupils (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterNumber( THRESHOLD, PlaceGap::tr( "Flag beyond this standardised residual" ), placegap::compat::NUMBER_DOUBLE, 2.0, false, 0 ) );
  addParameter( new QgsProcessingParameterField( COHORT_FIELD, PlaceGap::tr( "Cohort field: pupils the attainment % is a share of (optional; small-number methods)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterNumber( RANK_DRAWS, PlaceGap::tr( "Simulations for the rank intervals" ), placegap::compat::NUMBER_INTEGER, 1000, false, 0, 100000 ) );
  addParameter( new QgsProcessingParameterNumber( SEED, PlaceGap::tr( "Random seed" ), placegap::compat::NUMBER_INTEGER, 1, false, 0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Attainment residuals" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addOutput( new QgsProcessingOutputNumber( SLOPE, PlaceGap::tr( "Slope of attainment on deprivation" ) ) );
  addOutput( new QgsProcessingOutputNumber( R_SQUARED, PlaceGap::tr( "R squared" ) ) );
  addOutput( new QgsProcessingOutputNumber( RESIDUAL_SD, PlaceGap::tr( "Residual standard deviation" ) ) );
  addOutput( new QgsProcessingOutputNumber( FLAGGED_ABOVE, PlaceGap::tr( "Features above expectation" ) ) );
  addOutput( new QgsProcessingOutputNumber( FLAGGED_BELOW, PlaceGap::tr( "Features below expectation" ) ) );
  addOutput( new QgsProcessingOutputNumber( BETWEEN_SD, PlaceGap::tr( "Spread of true residuals between features (with a cohort field)" ) ) );
  showReadableNumbers();
}

QString PlaceGapAttainmentResidualsAlgorithm::inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString cellsProblem = PlaceGapAttainmentCells::problem( *this, source.fields(), parameters, context, PlaceGap::tr( "input" ) );
  if ( !cellsProblem.isEmpty() )
    return cellsProblem;
  for ( const QString &parameter : { DEPRIVATION_FIELD, RURALITY_FIELD, WEIGHT_FIELD, COHORT_FIELD } )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    if ( field.isEmpty() )
      continue;
    const QString problem = missingField( source.fields(), field, named( parameter ), PlaceGap::tr( "input" ) );
    if ( !problem.isEmpty() )
      return problem;
  }
  return placegap::attributes::clashingOutputField( source.fields(), { FIELD_EXPECTED, FIELD_RESIDUAL, FIELD_STANDARDISED, FIELD_FLAG, FIELD_WILSON_LOWER, FIELD_WILSON_UPPER, FIELD_SHRUNK, FIELD_SHRUNK_LOWER, FIELD_SHRUNK_UPPER, FIELD_RANK, FIELD_RANK_LOWER, FIELD_RANK_UPPER, FIELD_RESIDUAL_LOWER, FIELD_RESIDUAL_UPPER, FIELD_ATTAINMENT_STATUS }, PlaceGap::tr( "input" ) );
}

class PlaceGapAttainmentResidualsAlgorithm::Run : public PlaceGapRun<PlaceGapAttainmentResidualsAlgorithm>
{
  public:
    Run( const PlaceGapAttainmentResidualsAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &source )
        : PlaceGapRun( algorithm, parameters, context, feedback ), source( source ), cells( algorithm, source.fields(), parameters, context )
    {
      attainmentField = cells.fieldsText();
      deprivationField = algorithm.parameterAsString( parameters, DEPRIVATION_FIELD, context );
      ruralityField = algorithm.parameterAsString( parameters, RURALITY_FIELD, context );
      weightField = algorithm.parameterAsString( parameters, WEIGHT_FIELD, context );
      cohortField = algorithm.parameterAsString( parameters, COHORT_FIELD, context );
      threshold = algorithm.parameterAsDouble( parameters, THRESHOLD, context );
      const QgsFields fields = source.fields();
      deprivationIndex = fields.lookupField( deprivationField );
      ruralityIndex = ruralityField.isEmpty() ? -1 : fields.lookupField( ruralityField );
      weightIndex = weightField.isEmpty() ? -1 : fields.lookupField( weightField );
      cohortIndex = cohortField.isEmpty() ? -1 : fields.lookupField( cohortField );
      total = std::max<double>( 1.0, static_cast<double>( source.featureCount() ) );
    }

    bool readFeatures();
    void readFeature( const QgsFeature &feature );
    void fitPublished();
    void flagPublished();
    void judgeIntervals();
    QString writeFeatures();

    QgsProcessingFeatureSource &source;
    const PlaceGapAttainmentCells cells;
    QString attainmentField, deprivationField, ruralityField, weightField, cohortField;
    double threshold = 2;
    int deprivationIndex = -1, ruralityIndex = -1, weightIndex = -1, cohortIndex = -1;
    double total = 1;
    std::vector<Observation> observations;
    std::vector<IntervalObservation> intervals;
    std::map<QgsFeatureId, placegap::CellStatus> statusById;
    std::map<QString, int> classIndex;
    placegap::LinearFit fit;
    std::map<QgsFeatureId, FitResult> results;
    SmallNumbers small;
    std::map<QgsFeatureId, IntervalResult> intervalResults;
    int above = 0;
    int below = 0;
};

// Pass 1: read and check every feature.
bool PlaceGapAttainmentResidualsAlgorithm::Run::readFeatures()
{
  long long read = 0;
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 40.0 * static_cast<double>( read++ ) / total );
    readFeature( feature );
  }
  placegap::reading::requireComplete( source, read, QStringLiteral( "INPUT" ) );
  return true;
}

// A feature's attainment, deprivation, weight, class and cohort: fitted, judged as an interval, or left out (warned).
void PlaceGapAttainmentResidualsAlgorithm::Run::readFeature( const QgsFeature &feature )
{
  const QgsFeatureId id = feature.id();
  Number weight;
  weight.status = NumberStatus::Number;
  weight.value = 1;
  if ( weightIndex >= 0 )
  {
    weight = readNumber( feature.attribute( weightIndex ) );
    if ( weight.status == NumberStatus::Number && weight.value < 0 )
      throw QgsProcessingException( PlaceGap::tr( "%1: weight %2 in field '%3' is negative." ).arg( cells.label( feature ) ).arg( weight.value ).arg( weightField ) );
  }
  const placegap::PublishedCell cell = cells.read( feature );
  statusById[id] = cell.status;
  const Number deprivation = readNumber( feature.attribute( deprivationIndex ) );
  bool ok = true;
  if ( !cell.isUsable() )
  {
    warnings.warn( cell.status == placegap::CellStatus::Unreadable ? PlaceGap::tr( "attainment unreadable" ) : PlaceGap::tr( "no attainment" ), cells.unusableReason( feature, cell ) );
    ok = false;
  }
  for ( const auto &[number, field, kind] : { std::make_tuple( deprivation, deprivationField, PlaceGap::tr( "deprivation" ) ), std::make_tuple( weight, weightField, PlaceGap::tr( "weight" ) ) } )
  {
    if ( number.status != NumberStatus::Number )
    {
      const bool isNull = number.status == NumberStatus::Null;
      warnings.warn( isNull ? PlaceGap::tr( "NULL %1" ).arg( kind ) : PlaceGap::tr( "%1 not a number" ).arg( kind ),
                     PlaceGap::tr( "%1: field '%2' is %3; the feature is left out of the fit and its results are NULL." ).arg( cells.label( feature ), field, number.problem ) );
      ok = false;
    }
  }
  if ( ok && weight.value == 0 )
  {
    warnings.warn( PlaceGap::tr( "zero weight" ), PlaceGap::tr( "%1: field '%2' is zero; the feature is left out of the fit and its results are NULL." ).arg( cells.label( feature ), weightField ) );
    ok = false;
  }
  Observation observation;
  observation.id = id;
  if ( ruralityIndex >= 0 )
  {
    observation.rurality = codeKey( feature.attribute( ruralityIndex ) );
    if ( observation.rurality.isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "NULL class" ), PlaceGap::tr( "%1: field '%2' is NULL or empty; the feature is left out of the fit and its results are NULL." ).arg( cells.label( feature ), ruralityField ) );
      ok = false;
    }
  }
  if ( !ok )
    return;
  if ( cohortIndex >= 0 )
  {
    const Number cohort = readNumber( feature.attribute( cohortIndex ) );
    if ( cohort.status != NumberStatus::Number || !( cohort.value > 0 ) )
      warnings.warn( PlaceGap::tr( "no cohort" ), PlaceGap::tr( "%1: cohort field '%2' is NULL, not a number or not above zero; it has no small-number results." ).arg( cells.label( feature ), cohortField ) );
    else if ( cell.lower < 0 || cell.upper > 100 )
      throw QgsProcessingException( PlaceGap::tr( "%1: attainment %2-%3 in %4 is not a percentage (0-100), which the cohort field (COHORT_FIELD) needs: it is read as the share of the cohort that achieved." ).arg( cells.label( feature ) ).arg( cell.lower ).arg( cell.upper ).arg( attainmentField ) );
    else
      observation.cohort = cohort.value;
  }
  if ( cell.isCensored() )
  {
    // Known only as an interval: judged against the fit of the published values, not fitted.
    intervals.push_back( IntervalObservation { id, observation.rurality, deprivation.value, weight.value, cell, observation.cohort } );
    return;
  }
  observation.fit = placegap::FitObservation { deprivation.value, cell.lower, 0, weight.value };
  observations.push_back( observation );
}

// The fit of the published values: rurality classes, sorted by name, become intercept indices.
void PlaceGapAttainmentResidualsAlgorithm::Run::fitPublished()
{
  for ( const Observation &observation : observations )
    classIndex.emplace( observation.rurality, 0 );
  int next = 0;
  for ( auto &entry : classIndex )
    entry.second = next++;
  std::vector<placegap::FitObservation> data;
  data.reserve( observations.size() );
  for ( Observation &observation : observations )
  {
    observation.fit.category = classIndex[observation.rurality];
    data.push_back( observation.fit );
  }
  // A typo or a missing-value code (1e300, 99999) bends the whole line: named before the fit.
  {
    std::vector<double> attainments, deprivations;
    for ( const placegap::FitObservation &o : data )
    {
      attainments.push_back( o.y );
      deprivations.push_back( o.x );
    }
    PlaceGapFeatureWarnings outliers( feedback );
    const auto labelOf = [this]( std::size_t i )
    { return featureLabel( observations[i].id ); };
    const QString bends = PlaceGap::tr( "it bends the fitted line for every feature." );
    placegap::warnFarOutValues( outliers, attainments, labelOf, attainmentField, bends );
    placegap::warnFarOutValues( outliers, deprivations, labelOf, QStringLiteral( "'%1'" ).arg( deprivationField ), bends );
    outliers.summarize();
  }
  fit = placegap::fitLinear( data, static_cast<int>( classIndex.size() ) );
  if ( !fit.ok )
    throw QgsProcessingException( PlaceGap::tr( "Attainment (%1) cannot be fitted on deprivation ('%2') from %n feature(s) with a published value: the model %3.", nullptr, static_cast<int>( observations.size() ) ).arg( attainmentField, deprivationField, QString::fromStdString( fit.problem ) ) );

  const bool finite = std::isfinite( fit.slope ) && std::isfinite( fit.residualSd ) && std::all_of( fit.intercepts.begin(), fit.intercepts.end(), []( double v )
                                                                                                    { return std::isfinite( v ); } );
  if ( !finite )
    throw QgsProcessingException( PlaceGap::tr( "Attainment (%1) fitted on deprivation ('%2') gives numbers too large to compute (slope %3): check the values named in the warnings above." ).arg( attainmentField, deprivationField ).arg( fit.slope ) );
  feedback->pushInfo( PlaceGap::tr( "Fitted %1 features: slope %2 per unit of '%3', R squared %4, residual standard deviation %5." ).arg( observations.size() ).arg( fit.slope ).arg( deprivationField ).arg( fit.rSquared ).arg( fit.residualSd ) );
  for ( const auto &[name, index] : classIndex )
    feedback->pushInfo( ruralityField.isEmpty() ? PlaceGap::tr( "Intercept: %1." ).arg( fit.intercepts[static_cast<std::size_t>( index )] ) : PlaceGap::tr( "Intercept of class '%1': %2." ).arg( name ).arg( fit.intercepts[static_cast<std::size_t>( index )] ) );
}

// Flags of the fitted features: by the threshold, or with a cohort by the shrunk residual's interval.
void PlaceGapAttainmentResidualsAlgorithm::Run::flagPublished()
{
  for ( std::size_t i = 0; i < observations.size(); ++i )
  {
    results[observations[i].id] = FitResult { fit.expected[i], fit.residuals[i], fit.standardised[i] };
    if ( std::isnan( fit.standardised[i] ) )
      feedback->pushWarning( PlaceGap::tr( "%1 is alone in its class '%2' of '%3', so the fit passes through it: no standardised residual or flag." ).arg( featureLabel( observations[i].id ), observations[i].rurality, ruralityField ) );
    else if ( fit.standardised[i] > threshold )
      ++above;
    else if ( fit.standardised[i] < -threshold )
      ++below;
  }
  small = cohortIndex >= 0 ? smallNumberResults( observations, fit, algorithm.parameterAsInt( parameters, RANK_DRAWS, context ), static_cast<std::uint64_t>( algorithm.parameterAsInt( parameters, SEED, context ) ) ) : SmallNumbers();
  if ( cohortIndex >= 0 )
  {
    // Flags from the shrunk residual's interval instead of the threshold.
    above = below = 0;
    for ( const auto &[id, result] : small.byId )
    {
      above += result.shrunkLower > 0 ? 1 : 0;
      below += result.shrunkUpper < 0 ? 1 : 0;
    }
    feedback->pushInfo( PlaceGap::tr( "Small numbers: %1 features with a cohort; true residuals spread with a standard deviation of %2 between them; %3 above and %4 below expectation (95% interval of the shrunk residual excluding 0)." ).arg( small.byId.size() ).arg( small.betweenSd ).arg( above ).arg( below ) );
  }
  else
    feedback->pushInfo( PlaceGap::tr( "%1 above and %2 below expectation (|standardised residual| > %3)." ).arg( above ).arg( below ).arg( threshold ) );
}

// Suppressed and banded values, judged at both ends of their interval.
void PlaceGapAttainmentResidualsAlgorithm::Run::judgeIntervals()
{
  double meanWeight = 0;
  for ( const Observation &observation : observations )
    meanWeight += observation.fit.weight / static_cast<double>( observations.size() );
  std::map<QString, int> intervalFlags;
  for ( const IntervalObservation &observation : intervals )
  {
    const auto cls = classIndex.find( observation.rurality );
    if ( cls == classIndex.end() )
    {
      warnings.warn( PlaceGap::tr( "class not fitted" ), PlaceGap::tr( "Feature %1: its class '%2' of '%3' has no published value to fit, so it has no expectation; its results are NULL." ).arg( observation.id ).arg( observation.rurality, ruralityField ) );
      continue;
    }
    const double expected = fit.intercepts[static_cast<std::size_t>( cls->second )] + fit.slope * observation.deprivation;
    const IntervalResult result = judgeInterval( observation, expected, fit, meanWeight, threshold, cohortIndex >= 0, small.betweenSd );
    intervalResults[observation.id] = result;
    ++intervalFlags[result.flag];
  }
  warnings.summarize();
  if ( !intervals.empty() )
  {
    above += intervalFlags[FLAG_ABOVE];
    below += intervalFlags[FLAG_BELOW];
    feedback->pushInfo( PlaceGap::tr( "%1 features known only as an interval (suppressed or banded) are not fitted; judged at both ends of their interval: %2 above, %3 below, %4 as expected, %5 not known (the interval allows either) and %6 without a flag (no cohort with the cohort field, COHORT_FIELD, set)." )
                            .arg( intervals.size() )
                            .arg( intervalFlags[FLAG_ABOVE] )
                            .arg( intervalFlags[FLAG_BELOW] )
                            .arg( intervalFlags[FLAG_AS_EXPECTED] )
                            .arg( intervalFlags[FLAG_NOT_KNOWN] )
                            .arg( intervalFlags[QString()] ) );
  }
}

// Pass 2: each feature with its expectation, residual, flag and (with a cohort) small-number results.
QString PlaceGapAttainmentResidualsAlgorithm::Run::writeFeatures()
{
  QgsFields outputFields = source.fields();
  outputFields.append( placegap::compat::doubleField( FIELD_EXPECTED, 20, 6 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RESIDUAL, 20, 6 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_STANDARDISED, 20, 6 ) );
  outputFields.append( placegap::compat::stringField( FIELD_FLAG, 20 ) );
  for ( const QString &name : { FIELD_WILSON_LOWER, FIELD_WILSON_UPPER, FIELD_SHRUNK, FIELD_SHRUNK_LOWER, FIELD_SHRUNK_UPPER } )
    outputFields.append( placegap::compat::doubleField( name, 20, 6 ) );
  outputFields.append( placegap::compat::intField( FIELD_RANK ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RANK_LOWER, 20, 2 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RANK_UPPER, 20, 2 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RESIDUAL_LOWER, 20, 6 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RESIDUAL_UPPER, 20, 6 ) );
  outputFields.append( placegap::compat::stringField( FIELD_ATTAINMENT_STATUS, 20 ) );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, outputFields, source.wkbType(), source.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  QgsFeature feature;
  long long written = 0;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QString();
    feedback->setProgress( 40.0 + 60.0 * static_cast<double>( ++written ) / total );
    QgsAttributes values = feature.attributes();
    const auto intervalResult = intervalResults.find( feature.id() );
    if ( intervalResult != intervalResults.end() )
      values << intervalValues( intervalResult->second );
    else
    {
      const auto found = results.find( feature.id() );
      const auto smallResult = small.byId.find( feature.id() );
      values << publishedValues( found == results.end() ? nullptr : &found->second, smallResult == small.byId.end() ? nullptr : &smallResult->second, cohortIndex >= 0, threshold );
    }
    const auto status = statusById.find( feature.id() );
    values << ( status == statusById.end() ? QVariant() : QVariant( QString::fromLatin1( placegap::cellStatusName( status->second ) ) ) );
    feature.setAttributes( values );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  return destination;
}

QVariantMap PlaceGapAttainmentResidualsAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> source = checkedInput( parameters, context );
  Run run( *this, parameters, context, feedback, *source );
  if ( !run.readFeatures() )
    return QVariantMap();
  run.fitPublished();
  run.flagPublished();
  run.judgeIntervals();
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  const QString destination = run.writeFeatures();
  if ( destination.isEmpty() )
    return QVariantMap();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "residual_flag.qml" ), QStringLiteral( "residual_flag_points.qml" ), QString() } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  outputs.insert( SLOPE, run.fit.slope );
  outputs.insert( R_SQUARED, run.fit.rSquared );
  outputs.insert( RESIDUAL_SD, run.fit.residualSd );
  outputs.insert( FLAGGED_ABOVE, run.above );
  outputs.insert( FLAGGED_BELOW, run.below );
  outputs.insert( BETWEEN_SD, run.cohortIndex >= 0 ? QVariant( run.small.betweenSd ) : QVariant() );
  return withProvenance( parameters, outputs );
}
