/***************************************************************************
  placegapalgorithmattainmentresiduals.cpp - placegap:attainmentresiduals
 ***************************************************************************/
#include "placegapalgorithmattainmentresiduals.h"

#include "linearfit.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingoutputs.h"

#include <cmath>
#include <map>

using namespace placegap::attributes;

const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_EXPECTED = QStringLiteral( "expected" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_RESIDUAL = QStringLiteral( "residual" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_STANDARDISED = QStringLiteral( "std_resid" );
const QString PlaceGapAttainmentResidualsAlgorithm::FIELD_FLAG = QStringLiteral( "flag" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_ABOVE = QStringLiteral( "above expectation" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_BELOW = QStringLiteral( "below expectation" );
const QString PlaceGapAttainmentResidualsAlgorithm::FLAG_AS_EXPECTED = QStringLiteral( "as expected" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString ATTAINMENT_FIELD = QStringLiteral( "ATTAINMENT_FIELD" );
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

  struct Observation
  {
      QgsFeatureId id = FID_NULL;
      QString rurality;
      placegap::FitObservation fit;
  };
} // namespace

QString PlaceGapAttainmentResidualsAlgorithm::name() const
{
  return QStringLiteral( "attainmentresiduals" );
}

QString PlaceGapAttainmentResidualsAlgorithm::displayName() const
{
  return QObject::tr( "Attainment above or below expectation (residuals)" );
}

QStringList PlaceGapAttainmentResidualsAlgorithm::tags() const
{
  return QObject::tr( "simd,deprivation,attainment,regression,residual,expected,beating the odds,rurality,school" ).split( ',' );
}

QString PlaceGapAttainmentResidualsAlgorithm::shortDescription() const
{
  return QObject::tr( "Fits attainment on deprivation (optionally with a rurality class term) and flags areas or schools clearly above or below what their deprivation predicts." );
}

QString PlaceGapAttainmentResidualsAlgorithm::shortHelpString() const
{
  return QObject::tr( "Finds places that beat the odds. Fits the attainment measure (ATTAINMENT_FIELD) of every area or "
                      "school on its deprivation (DEPRIVATION_FIELD: a rank, score, share or class; any numeric "
                      "measure, in its own units) by weighted least squares:\n"
                      "expected = a + b x deprivation, or with RURALITY_FIELD (urban-rural class, or any category) "
                      "expected = a_class + b x deprivation, one intercept per class and a common slope.\n"
                      "Weights come from WEIGHT_FIELD (e.g. pupils; 1 each when not set).\n\n"
                      "Output: a copy of the input with '%1' (the fitted value, units of the measure), '%2' = "
                      "attainment - expected, '%3' = sqrt(w) x residual / (s x sqrt(1 - h)), the internally "
                      "studentised residual (as R's rstandard), where s = sqrt(sum w e^2 / (n - p)) is the residual "
                      "standard deviation (weights scaled to mean 1), p the number of model parameters and h the feature's leverage; and '%4': "
                      "'%5' when the standardised residual is above THRESHOLD (default 2), '%6' when below "
                      "-THRESHOLD, otherwise '%7'. The outputs SLOPE (b), R_SQUARED, RESIDUAL_SD, FLAGGED_ABOVE and "
                      "FLAGGED_BELOW summarise the fit; the log lists the intercept of each class.\n\n"
                      "Nulls and bad values: a feature with a NULL or non-numeric attainment ('c', '*') or "
                      "deprivation, a NULL weight or class, or a zero weight is named in a warning with its field, "
                      "left out of the fit and written with NULL results. A negative weight stops the algorithm "
                      "naming the feature; so does a fit that cannot be made (no more features than parameters, or "
                      "deprivation that does not vary). A rurality class with one feature fits it exactly: its "
                      "standardised residual and flag are NULL. Nothing is written when the algorithm stops." )
      .arg( FIELD_EXPECTED, FIELD_RESIDUAL, FIELD_STANDARDISED, FIELD_FLAG, FLAG_ABOVE, FLAG_BELOW, FLAG_AS_EXPECTED );
}

PlaceGapAttainmentResidualsAlgorithm *PlaceGapAttainmentResidualsAlgorithm::createInstance() const
{
  return new PlaceGapAttainmentResidualsAlgorithm();
}

void PlaceGapAttainmentResidualsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, QObject::tr( "Areas or schools (any layer or table)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  addParameter( new QgsProcessingParameterField( ATTAINMENT_FIELD, QObject::tr( "Attainment field" ), QVariant(), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterField( DEPRIVATION_FIELD, QObject::tr( "Deprivation field (rank, score or class)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterField( RURALITY_FIELD, QObject::tr( "Rurality class field (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( WEIGHT_FIELD, QObject::tr( "Weight field, e.g. pupils (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterNumber( THRESHOLD, QObject::tr( "Flag beyond this standardised residual" ), placegap::compat::NUMBER_DOUBLE, 2.0, false, 0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Attainment residuals" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addOutput( new QgsProcessingOutputNumber( SLOPE, QObject::tr( "Slope of attainment on deprivation" ) ) );
  addOutput( new QgsProcessingOutputNumber( R_SQUARED, QObject::tr( "R squared" ) ) );
  addOutput( new QgsProcessingOutputNumber( RESIDUAL_SD, QObject::tr( "Residual standard deviation" ) ) );
  addOutput( new QgsProcessingOutputNumber( FLAGGED_ABOVE, QObject::tr( "Features above expectation" ) ) );
  addOutput( new QgsProcessingOutputNumber( FLAGGED_BELOW, QObject::tr( "Features below expectation" ) ) );
}

QString PlaceGapAttainmentResidualsAlgorithm::inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  for ( const QString &parameter : { ATTAINMENT_FIELD, DEPRIVATION_FIELD, RURALITY_FIELD, WEIGHT_FIELD } )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    if ( field.isEmpty() )
      continue;
    const QString problem = missingField( source.fields(), field, parameter, QObject::tr( "input" ) );
    if ( !problem.isEmpty() )
      return problem;
  }
  return placegap::attributes::clashingOutputField( source.fields(), { FIELD_EXPECTED, FIELD_RESIDUAL, FIELD_STANDARDISED, FIELD_FLAG }, QObject::tr( "input" ) );
}

QVariantMap PlaceGapAttainmentResidualsAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> source = checkedInput( parameters, context );

  const QString attainmentField = parameterAsString( parameters, ATTAINMENT_FIELD, context );
  const QString deprivationField = parameterAsString( parameters, DEPRIVATION_FIELD, context );
  const QString ruralityField = parameterAsString( parameters, RURALITY_FIELD, context );
  const QString weightField = parameterAsString( parameters, WEIGHT_FIELD, context );
  const double threshold = parameterAsDouble( parameters, THRESHOLD, context );
  const QgsFields fields = source->fields();
  const int attainmentIndex = fields.lookupField( attainmentField );
  const int deprivationIndex = fields.lookupField( deprivationField );
  const int ruralityIndex = ruralityField.isEmpty() ? -1 : fields.lookupField( ruralityField );
  const int weightIndex = weightField.isEmpty() ? -1 : fields.lookupField( weightField );

  // Pass 1: read and check every feature.
  PlaceGapFeatureWarnings warnings( feedback );
  std::vector<Observation> observations;
  const double total = std::max<double>( 1.0, static_cast<double>( source->featureCount() ) );
  long long read = 0;
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  QgsFeatureIterator it = source->getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    feedback->setProgress( 40.0 * static_cast<double>( read++ ) / total );
    const QgsFeatureId id = feature.id();
    Number weight;
    weight.status = NumberStatus::Number;
    weight.value = 1;
    if ( weightIndex >= 0 )
    {
      weight = readNumber( feature.attribute( weightIndex ) );
      if ( weight.status == NumberStatus::Number && weight.value < 0 )
        throw QgsProcessingException( QObject::tr( "%1: weight %2 in field '%3' is negative." ).arg( featureLabel( id ) ).arg( weight.value ).arg( weightField ) );
    }
    const Number attainment = readNumber( feature.attribute( attainmentIndex ) );
    const Number deprivation = readNumber( feature.attribute( deprivationIndex ) );
    bool ok = true;
    for ( const auto &[number, field, kind] : { std::make_tuple( attainment, attainmentField, QObject::tr( "attainment" ) ), std::make_tuple( deprivation, deprivationField, QObject::tr( "deprivation" ) ), std::make_tuple( weight, weightField, QObject::tr( "weight" ) ) } )
    {
      if ( number.status != NumberStatus::Number )
      {
        const bool isNull = number.status == NumberStatus::Null;
        warnings.warn( isNull ? QObject::tr( "NULL %1" ).arg( kind ) : QObject::tr( "%1 not a number" ).arg( kind ),
                       QObject::tr( "%1: field '%2' is %3; the feature is left out of the fit and its results are NULL." ).arg( featureLabel( id ), field, isNull ? QObject::tr( "NULL" ) : QObject::tr( "not a number" ) ) );
        ok = false;
      }
    }
    if ( ok && weight.value == 0 )
    {
      warnings.warn( QObject::tr( "zero weight" ), QObject::tr( "%1: field '%2' is zero; the feature is left out of the fit and its results are NULL." ).arg( featureLabel( id ), weightField ) );
      ok = false;
    }
    Observation observation;
    observation.id = id;
    if ( ruralityIndex >= 0 )
    {
      observation.rurality = codeKey( feature.attribute( ruralityIndex ) );
      if ( observation.rurality.isEmpty() )
      {
        warnings.warn( QObject::tr( "NULL class" ), QObject::tr( "%1: field '%2' is NULL or empty; the feature is left out of the fit and its results are NULL." ).arg( featureLabel( id ), ruralityField ) );
        ok = false;
      }
    }
    if ( !ok )
      continue;
    observation.fit = placegap::FitObservation { deprivation.value, attainment.value, 0, weight.value };
    observations.push_back( observation );
  }
  placegap::reading::requireComplete( *source, read, QStringLiteral( "INPUT" ) );
  warnings.summarize();

  // Rurality classes, sorted by name, become intercept indices.
  std::map<QString, int> classIndex;
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
  const placegap::LinearFit fit = placegap::fitLinear( data, static_cast<int>( classIndex.size() ) );
  if ( !fit.ok )
    throw QgsProcessingException( QObject::tr( "Attainment ('%1') cannot be fitted on deprivation ('%2') from %n usable feature(s): the model %3.", nullptr, static_cast<int>( observations.size() ) ).arg( attainmentField, deprivationField, QString::fromStdString( fit.problem ) ) );

  feedback->pushInfo( QObject::tr( "Fitted %1 features: slope %2 per unit of '%3', R squared %4, residual standard deviation %5." ).arg( observations.size() ).arg( fit.slope ).arg( deprivationField ).arg( fit.rSquared ).arg( fit.residualSd ) );
  for ( const auto &[name, index] : classIndex )
    feedback->pushInfo( ruralityField.isEmpty() ? QObject::tr( "Intercept: %1." ).arg( fit.intercepts[static_cast<std::size_t>( index )] ) : QObject::tr( "Intercept of class '%1': %2." ).arg( name ).arg( fit.intercepts[static_cast<std::size_t>( index )] ) );

  struct Result
  {
      double expected;
      double residual;
      double standardised;
  };
  std::map<QgsFeatureId, Result> results;
  int above = 0;
  int below = 0;
  for ( std::size_t i = 0; i < observations.size(); ++i )
  {
    results[observations[i].id] = Result { fit.expected[i], fit.residuals[i], fit.standardised[i] };
    if ( std::isnan( fit.standardised[i] ) )
      feedback->pushWarning( QObject::tr( "%1 is alone in its class '%2' of '%3', so the fit passes through it: no standardised residual or flag." ).arg( featureLabel( observations[i].id ), observations[i].rurality, ruralityField ) );
    else if ( fit.standardised[i] > threshold )
      ++above;
    else if ( fit.standardised[i] < -threshold )
      ++below;
  }
  feedback->pushInfo( QObject::tr( "%1 above and %2 below expectation (|standardised residual| > %3)." ).arg( above ).arg( below ).arg( threshold ) );

  // Pass 2: write.
  QgsFields outputFields = fields;
  outputFields.append( placegap::compat::doubleField( FIELD_EXPECTED, 20, 6 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_RESIDUAL, 20, 6 ) );
  outputFields.append( placegap::compat::doubleField( FIELD_STANDARDISED, 20, 6 ) );
  outputFields.append( placegap::compat::stringField( FIELD_FLAG, 20 ) );
  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, outputFields, source->wkbType(), source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  long long written = 0;
  it = source->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    feedback->setProgress( 40.0 + 60.0 * static_cast<double>( ++written ) / total );
    QgsAttributes values = feature.attributes();
    const auto found = results.find( feature.id() );
    if ( found == results.end() )
    {
      values << QVariant() << QVariant() << QVariant() << QVariant();
    }
    else
    {
      const Result &r = found->second;
      const bool standardised = !std::isnan( r.standardised );
      values << r.expected << r.residual << ( standardised ? QVariant( r.standardised ) : QVariant() )
             << ( !standardised ? QVariant() : QVariant( r.standardised > threshold ? FLAG_ABOVE : r.standardised < -threshold ? FLAG_BELOW
                                                                                                                               : FLAG_AS_EXPECTED ) );
    }
    feature.setAttributes( values );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "residual_flag.qml" ), QStringLiteral( "residual_flag_points.qml" ), QString() } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  outputs.insert( SLOPE, fit.slope );
  outputs.insert( R_SQUARED, fit.rSquared );
  outputs.insert( RESIDUAL_SD, fit.residualSd );
  outputs.insert( FLAGGED_ABOVE, above );
  outputs.insert( FLAGGED_BELOW, below );
  return withProvenance( parameters, outputs );
}
