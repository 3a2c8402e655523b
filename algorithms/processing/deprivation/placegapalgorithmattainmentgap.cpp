/***************************************************************************
  placegapalgorithmattainmentgap.cpp - placegap:attainmentgap
 ***************************************************************************/
#include "placegapalgorithmattainmentgap.h"

#include "attainmentgap.h"
#include "censoredgap.h"
#include "fnv1a.h"
#include "placegapattainmentcells.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfaroutwarnings.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegaptr.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingfeedback.h"

#include <cmath>
#include <map>

using namespace placegap::attributes;

const QString PlaceGapAttainmentGapAlgorithm::FIELD_GROUP = QStringLiteral( "group" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_QUANTILE = QStringLiteral( "quantile" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_AREAS = QStringLiteral( "n_areas" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_WEIGHT = QStringLiteral( "weight" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_MEAN = QStringLiteral( "mean" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_MEAN_LOWER = QStringLiteral( "mean_lo" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_MEAN_UPPER = QStringLiteral( "mean_hi" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_RIDIT = QStringLiteral( "ridit" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_CLASSES = QStringLiteral( "n_classes" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_GAP = QStringLiteral( "gap" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_RATIO = QStringLiteral( "ratio" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_SII = QStringLiteral( "sii" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_RII = QStringLiteral( "rii" );
const QString PlaceGapAttainmentGapAlgorithm::SUFFIX_LOWER = QStringLiteral( "_lo" );
const QString PlaceGapAttainmentGapAlgorithm::SUFFIX_UPPER = QStringLiteral( "_hi" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_SUPPRESSED = QStringLiteral( "n_suppressed" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_BANDED = QStringLiteral( "n_banded" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_SUPPRESSED_WEIGHT = QStringLiteral( "w_suppressed" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_BANDED_WEIGHT = QStringLiteral( "w_banded" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_MISSING = QStringLiteral( "n_missing" );
const QString PlaceGapAttainmentGapAlgorithm::SUFFIX_MIN = QStringLiteral( "_min" );
const QString PlaceGapAttainmentGapAlgorithm::SUFFIX_MAX = QStringLiteral( "_max" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_METHOD = QStringLiteral( "method" );
const QString PlaceGapAttainmentGapAlgorithm::FIELD_NOTE = QStringLiteral( "note" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString QUANTILE_FIELD = QStringLiteral( "QUANTILE_FIELD" );
  const QString QUANTILES = QStringLiteral( "QUANTILES" );
  const QString WEIGHT_FIELD = QStringLiteral( "WEIGHT_FIELD" );
  const QString GROUP_FIELD = QStringLiteral( "GROUP_FIELD" );
  const QString BOOTSTRAP_SAMPLES = QStringLiteral( "BOOTSTRAP_SAMPLES" );
  const QString SEED = QStringLiteral( "SEED" );
  const QString CENSORED_VALUES = QStringLiteral( "CENSORED_VALUES" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString SUMMARY = QStringLiteral( "SUMMARY" );

  //! A group's bootstrap stream key: FNV-1a of its name, so it does not depend on the other groups.
  std::uint64_t streamKey( const QString &group )
  {
    const QByteArray utf8 = group.toUtf8();
    return placegap::fnv1a( utf8.constData(), static_cast<std::size_t>( utf8.size() ) );
  }

  QVariant numberOrNull( double value )
  {
    return std::isfinite( value ) ? QVariant( value ) : QVariant();
  }
} // namespace

QString PlaceGapAttainmentGapAlgorithm::name() const
{
  return QStringLiteral( "attainmentgap" );
}

QString PlaceGapAttainmentGapAlgorithm::displayName() const
{
  return PlaceGap::tr( "Attainment gap by deprivation (gap, SII, RII)" );
}

QStringList PlaceGapAttainmentGapAlgorithm::tags() const
{
  return PlaceGap::tr( "simd,deprivation,attainment,gap,poverty-related attainment gap,sii,rii,slope index of inequality,relative index of inequality,quintile,decile,bootstrap" ).split( ',' );
}

QString PlaceGapAttainmentGapAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Summarises attainment by deprivation quintile or decile, optionally per group: weighted means, the gap and ratio between the most and least deprived, SII and RII, each with a 95% confidence interval." );
}

QString PlaceGapAttainmentGapAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "How much better the least deprived do than the most deprived: mean attainment in each deprivation class (quintiles or deciles), the gap and ratio between the extreme classes, and the slope and relative index of inequality (SII, RII) over all classes, with bootstrap 95% intervals, per group (e.g. council) if one is chosen. Attainment may be read as published: suppressed ([c]) and banded (97-100%) figures are estimated within their intervals, counted in the tables, and bound what each figure could be." ) );
}

PlaceGapAttainmentGapAlgorithm *PlaceGapAttainmentGapAlgorithm::createInstance() const
{
  return new PlaceGapAttainmentGapAlgorithm();
}

void PlaceGapAttainmentGapAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Areas or schools (any layer or table)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  for ( QgsProcessingParameterDefinition *definition : PlaceGapAttainmentCells::parameters( INPUT, PlaceGap::tr( "Attainment field (higher = better; a number or published text)" ) ) )
    addParameter( definition );
  addParameter( new QgsProcessingParameterField( QUANTILE_FIELD, PlaceGap::tr( "Deprivation class field (1 = most deprived)" ), QStringLiteral( "dz_simd_quintile" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterEnum( QUANTILES, PlaceGap::tr( "Deprivation classes" ), QStringList() << PlaceGap::tr( "Quintiles (1-5)" ) << PlaceGap::tr( "Deciles (1-10)" ), false, 0 ) );
  addParameter( new QgsProcessingParameterField( WEIGHT_FIELD, PlaceGap::tr( "Weight field, e.g. pupils (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( GROUP_FIELD, PlaceGap::tr( "Group field, e.g. council or rurality class (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterNumber( BOOTSTRAP_SAMPLES, PlaceGap::tr( "Bootstrap replicates for the SII and RII intervals" ), placegap::compat::NUMBER_INTEGER, 1000, false, 0, 100000 ) );
  addParameter( new QgsProcessingParameterNumber( SEED, PlaceGap::tr( "Random seed" ), placegap::compat::NUMBER_INTEGER, 1, false, 0 ) );
  addParameter( new QgsProcessingParameterEnum( CENSORED_VALUES, PlaceGap::tr( "Suppressed and banded values" ), QStringList() << PlaceGap::tr( "Estimate them within their intervals, and give bounds" ) << PlaceGap::tr( "Leave them out (published values only), and give bounds" ), false, 0 ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Attainment by deprivation class" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addParameter( new QgsProcessingParameterFeatureSink( SUMMARY, PlaceGap::tr( "Attainment gap summary" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

QString PlaceGapAttainmentGapAlgorithm::inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString cellsProblem = PlaceGapAttainmentCells::problem( *this, source.fields(), parameters, context, PlaceGap::tr( "input" ) );
  if ( !cellsProblem.isEmpty() )
    return cellsProblem;
  for ( const QString &parameter : { QUANTILE_FIELD, WEIGHT_FIELD, GROUP_FIELD } )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    if ( field.isEmpty() )
      continue;
    const QString problem = missingField( source.fields(), field, named( parameter ), PlaceGap::tr( "input" ) );
    if ( !problem.isEmpty() )
      return problem;
  }
  return QString();
}

namespace
{
  //! Suppressed and banded values of one class (or group): how many, and their weight.
  struct CensoredTally
  {
      int suppressed = 0;
      int banded = 0;
      double suppressedWeight = 0;
      double bandedWeight = 0;

      void add( const placegap::PublishedCell &cell, double weight )
      {
        if ( cell.status == placegap::CellStatus::Suppressed )
        {
          ++suppressed;
          suppressedWeight += weight;
        }
        else if ( cell.status == placegap::CellStatus::Banded )
        {
          ++banded;
          bandedWeight += weight;
        }
      }
      void add( const CensoredTally &other )
      {
        suppressed += other.suppressed;
        banded += other.banded;
        suppressedWeight += other.suppressedWeight;
        bandedWeight += other.bandedWeight;
      }
  };

} // namespace

//! One group's features, their censored values counted by class, and those without a value.
struct PlaceGapAttainmentGapAlgorithm::GroupAreas
{
    std::vector<placegap::CensoredArea> areas;
    std::map<int, CensoredTally> tallies;
    int missing = 0;
};

//! The fields a feature is read from, and what its deprivation classes are.
struct PlaceGapAttainmentGapAlgorithm::AreaFields
{
    AreaFields( const PlaceGapAttainmentCells &cells )
        : cells( cells ) {}
    const PlaceGapAttainmentCells &cells;
    QString quantileField, weightField, groupField, className;
    int quantileIndex = -1, weightIndex = -1, groupIndex = -1;
    int classes = 5;
};

//! What one summary covers: the whole layer or a group.
struct PlaceGapAttainmentGapAlgorithm::Scope
{
    QVariant groupValue;
    QString description;
    const GroupAreas *areas;
    std::uint64_t key;
};

struct PlaceGapAttainmentGapAlgorithm::Reading
{
    std::map<QString, GroupAreas> groups;
    long long read = 0;
    long long used = 0;
};

struct PlaceGapAttainmentGapAlgorithm::Result
{
    QVariant group;
    placegap::CensoredGapSummary summary;
    std::map<int, placegap::Range> classBounds;
    std::map<int, CensoredTally> tallies;
    int missing = 0;
    QString method;
    QString note;
};

void PlaceGapAttainmentGapAlgorithm::readArea( const QgsFeature &feature, const AreaFields &fields, PlaceGapFeatureWarnings &warnings, Reading &reading, std::vector<double> &published, QStringList &publishedLabels )
{
  auto warnUnusable = [&]( const QString &kind, const QgsFeature &f, const QString &field, const QString &what )
  {
    warnings.warn( kind, PlaceGap::tr( "%1: field '%2' is %3; the feature is left out." ).arg( fields.cells.label( f ), field, what ) );
  };
  const Number quantile = readNumber( feature.attribute( fields.quantileIndex ) );
  if ( quantile.status == NumberStatus::Number && ( quantile.value != std::floor( quantile.value ) || quantile.value < 1 || quantile.value > fields.classes ) )
    throw QgsProcessingException( PlaceGap::tr( "%1: deprivation class %2 in field '%3' is not a %4 (a whole number from 1 to %5). Set %6 to match the field." ).arg( fields.cells.label( feature ) ).arg( quantile.value ).arg( fields.quantileField, fields.className ).arg( fields.classes ).arg( QUANTILES ) );
  Number weight;
  weight.status = NumberStatus::Number;
  weight.value = 1;
  if ( fields.weightIndex >= 0 )
  {
    weight = readNumber( feature.attribute( fields.weightIndex ) );
    if ( weight.status == NumberStatus::Number && weight.value < 0 )
      throw QgsProcessingException( PlaceGap::tr( "%1: weight %2 in field '%3' is negative." ).arg( fields.cells.label( feature ) ).arg( weight.value ).arg( fields.weightField ) );
  }
  const placegap::PublishedCell cell = fields.cells.read( feature );

  bool ok = true;
  for ( const auto &[number, field, kind] : { std::make_tuple( quantile, fields.quantileField, PlaceGap::tr( "deprivation class" ) ), std::make_tuple( weight, fields.weightField, PlaceGap::tr( "weight" ) ) } )
  {
    if ( number.status == NumberStatus::Null )
      warnUnusable( PlaceGap::tr( "NULL %1" ).arg( kind ), feature, field, PlaceGap::tr( "NULL" ) );
    else if ( number.status == NumberStatus::NotNumber )
      warnUnusable( PlaceGap::tr( "%1 not a number" ).arg( kind ), feature, field, number.problem );
    ok = ok && number.status == NumberStatus::Number;
  }
  if ( ok && weight.value == 0 )
  {
    warnUnusable( PlaceGap::tr( "zero weight" ), feature, fields.weightField, PlaceGap::tr( "zero" ) );
    ok = false;
  }
  QString group;
  if ( fields.groupIndex >= 0 )
  {
    group = codeKey( feature.attribute( fields.groupIndex ) );
    if ( group.isEmpty() )
    {
      warnUnusable( PlaceGap::tr( "NULL group" ), feature, fields.groupField, PlaceGap::tr( "NULL or empty" ) );
      ok = false;
    }
  }
  if ( !ok )
    return;
  GroupAreas &areas = reading.groups[group];
  if ( !cell.isUsable() )
  {
    warnings.warn( PlaceGap::tr( "attainment %1" ).arg( QString::fromLatin1( placegap::cellStatusName( cell.status ) ) ), fields.cells.unusableReason( feature, cell ) );
    ++areas.missing;
    return;
  }
  areas.areas.push_back( placegap::CensoredArea { static_cast<int>( quantile.value ), cell.lower, cell.upper, weight.value } );
  areas.tallies[static_cast<int>( quantile.value )].add( cell, weight.value );
  ++reading.used;
  if ( cell.status == placegap::CellStatus::Value )
  {
    published.push_back( cell.lower );
    publishedLabels << fields.cells.label( feature );
  }
}

PlaceGapAttainmentGapAlgorithm::Reading PlaceGapAttainmentGapAlgorithm::readAreas( QgsProcessingFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  const PlaceGapAttainmentCells cells( *this, source.fields(), parameters, context );
  AreaFields fields( cells );
  fields.quantileField = parameterAsString( parameters, QUANTILE_FIELD, context );
  fields.weightField = parameterAsString( parameters, WEIGHT_FIELD, context );
  fields.groupField = parameterAsString( parameters, GROUP_FIELD, context );
  fields.classes = parameterAsEnum( parameters, QUANTILES, context ) == 1 ? 10 : 5;
  fields.className = fields.classes == 5 ? PlaceGap::tr( "quintile" ) : PlaceGap::tr( "decile" );
  fields.quantileIndex = source.fields().lookupField( fields.quantileField );
  fields.weightIndex = fields.weightField.isEmpty() ? -1 : source.fields().lookupField( fields.weightField );
  fields.groupIndex = fields.groupField.isEmpty() ? -1 : source.fields().lookupField( fields.groupField );

  QgsAttributeList attributes = cells.attributeIndexes();
  for ( const int index : { fields.quantileIndex, fields.weightIndex, fields.groupIndex } )
  {
    if ( index >= 0 )
      attributes << index;
  }
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  request.setSubsetOfAttributes( attributes );

  PlaceGapFeatureWarnings warnings( feedback );
  Reading reading;
  const double total = std::max<double>( 1.0, static_cast<double>( source.featureCount() ) );
  QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  // Published values with their features' labels, to name any far from the rest.
  std::vector<double> published;
  QStringList publishedLabels;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return Reading();
    feedback->setProgress( 30.0 * static_cast<double>( reading.read++ ) / total );
    readArea( feature, fields, warnings, reading, published, publishedLabels );
  }
  placegap::reading::requireComplete( source, reading.read, INPUT );
  // A typo or a missing-value code (1e300, 99999) moves every mean, gap and slope it touches.
  placegap::warnFarOutValues(
      warnings, published, [&publishedLabels]( std::size_t i )
      { return publishedLabels.at( static_cast<int>( i ) ); },
      cells.fieldsText(), PlaceGap::tr( "it moves its class's mean and every gap and slope that uses it." ) );
  warnings.summarize();
  return reading;
}

QStringList PlaceGapAttainmentGapAlgorithm::explain( Result &result, int censored, int classes, const QString &className, bool estimateCensored )
{
  const placegap::GapSummary &summary = result.summary.estimate;
  QStringList notes;
  if ( summary.classes.size() < 2 )
    notes << PlaceGap::tr( "only %1 %2 %3: no gap, ratio, SII or RII" ).arg( summary.classes.size() == 1 ? PlaceGap::tr( "one" ) : PlaceGap::tr( "no" ) ).arg( className ).arg( summary.classes.size() == 1 ? QString::number( summary.classes.front().quantile ) : QString() );
  else if ( summary.classes.front().quantile != 1 || summary.classes.back().quantile != classes )
  {
    QStringList present;
    for ( const placegap::GapClass &cls : summary.classes )
      present << QString::number( cls.quantile );
    notes << PlaceGap::tr( "no feature in %1 %2: no gap or ratio; SII and RII from %1s %3" ).arg( className, summary.classes.front().quantile != 1 ? QStringLiteral( "1" ) : QString::number( classes ), present.join( QLatin1String( ", " ) ) );
  }
  if ( !result.summary.unestimated.empty() )
  {
    QStringList unestimated;
    for ( const int quantile : result.summary.unestimated )
      unestimated << QString::number( quantile );
    const QString which = unestimated.size() == 1 ? PlaceGap::tr( "%1 %2 has no published value" ).arg( className, unestimated.front() ) : PlaceGap::tr( "%1s %2 have no published value" ).arg( className, unestimated.join( QLatin1String( ", " ) ) );
    const QString gapToo = !std::isnan( result.summary.gap.lowest ) && std::isnan( summary.gap.value ) ? PlaceGap::tr( ", the gap, the ratio" ) : QString();
    notes << PlaceGap::tr( "%1 (every feature suppressed or banded): no estimate of its mean%2, the SII or the RII, only their bounds" ).arg( which, gapToo );
  }
  if ( censored > 0 && estimateCensored )
  {
    result.method = PlaceGap::tr( "censored values imputed" );
    notes << PlaceGap::tr( "%n suppressed or banded value(s) estimated within their intervals", nullptr, censored );
  }
  else if ( censored > 0 )
  {
    result.method = PlaceGap::tr( "published values only" );
    notes << PlaceGap::tr( "%n suppressed or banded value(s) left out", nullptr, censored );
  }
  else
    result.method = PlaceGap::tr( "published values" );
  if ( result.missing > 0 )
    notes << PlaceGap::tr( "%n feature(s) without a value left out", nullptr, result.missing );
  result.note = notes.join( QLatin1String( "; " ) );
  return notes;
}

std::vector<PlaceGapAttainmentGapAlgorithm::Scope> PlaceGapAttainmentGapAlgorithm::scopesOf( const Reading &reading, bool grouped, GroupAreas &everyArea )
{
  std::vector<Scope> scopes;
  if ( !grouped )
  {
    scopes.push_back( Scope { QVariant(), PlaceGap::tr( "The layer" ), &reading.groups.begin()->second, streamKey( QString() ) } );
  }
  else
  {
    for ( const auto &[group, areas] : reading.groups )
    {
      everyArea.areas.insert( everyArea.areas.end(), areas.areas.begin(), areas.areas.end() );
      for ( const auto &[quantile, tally] : areas.tallies )
        everyArea.tallies[quantile].add( tally );
      everyArea.missing += areas.missing;
    }
    // The empty name is never a group (empty groups are left out), so its stream is the whole layer's.
    scopes.push_back( Scope { QVariant(), PlaceGap::tr( "The whole layer" ), &everyArea, streamKey( QString() ) } );
    for ( const auto &[group, areas] : reading.groups )
      scopes.push_back( Scope { QVariant( group ), PlaceGap::tr( "Group '%1'" ).arg( group ), &areas, streamKey( group ) } );
  }

  return scopes;
}

PlaceGapAttainmentGapAlgorithm::Result PlaceGapAttainmentGapAlgorithm::summariseScope( const Scope &scope, int classes, int bootstrapSamples, std::uint64_t seed, bool estimateCensored, QgsProcessingFeedback *feedback )
{
  Result result;
  result.group = scope.groupValue;
  result.tallies = scope.areas->tallies;
  result.missing = scope.areas->missing;
  const auto isCanceled = [feedback]
  { return feedback->isCanceled(); };
  // Bounds always cover every usable value; the estimate imputes the censored ones or leaves them out.
  const placegap::CensoredGapSummary all = placegap::censoredAttainmentGap( scope.areas->areas, classes, estimateCensored ? bootstrapSamples : 0, seed, scope.key, isCanceled );
  for ( std::size_t c = 0; c < all.classMeans.size(); ++c )
    result.classBounds[all.estimate.classes[c].quantile] = all.classMeans[c];
  if ( estimateCensored || all.censored == 0 )
    result.summary = all;
  else
  {
    std::vector<placegap::CensoredArea> published;
    std::copy_if( scope.areas->areas.begin(), scope.areas->areas.end(), std::back_inserter( published ), []( const placegap::CensoredArea &a )
                  { return !a.isCensored(); } );
    result.summary = placegap::censoredAttainmentGap( published, classes, bootstrapSamples, seed, scope.key, isCanceled );
    result.summary.censored = all.censored;
    result.summary.censoredWeight = all.censoredWeight;
    result.summary.mean = all.mean;
    result.summary.gap = all.gap;
    result.summary.ratio = all.ratio;
    result.summary.sii = all.sii;
    result.summary.rii = all.rii;
  }

  return result;
}

QVariantMap PlaceGapAttainmentGapAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> source = checkedInput( parameters, context );
  const QString groupField = parameterAsString( parameters, GROUP_FIELD, context );
  const int classes = parameterAsEnum( parameters, QUANTILES, context ) == 1 ? 10 : 5;
  const QString className = classes == 5 ? PlaceGap::tr( "quintile" ) : PlaceGap::tr( "decile" );
  const int bootstrapSamples = parameterAsInt( parameters, BOOTSTRAP_SAMPLES, context );
  const std::uint64_t seed = static_cast<std::uint64_t>( parameterAsInt( parameters, SEED, context ) );
  const bool estimateCensored = parameterAsEnum( parameters, CENSORED_VALUES, context ) == 0;

  Reading reading = readAreas( *source, parameters, context, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( reading.used == 0 )
    throw QgsProcessingException( PlaceGap::tr( "None of the %n feature(s) has a usable attainment, deprivation class%1; there is nothing to summarise.", nullptr, static_cast<int>( reading.read ) ).arg( parameterAsString( parameters, WEIGHT_FIELD, context ).isEmpty() ? QString() : PlaceGap::tr( " and weight" ) ) );
  feedback->pushInfo( PlaceGap::tr( "Summarising %1 of %2 features in %n group(s), %3 bootstrap replicates each.", nullptr, static_cast<int>( reading.groups.size() ) ).arg( reading.used ).arg( reading.read ).arg( bootstrapSamples ) );

  GroupAreas everyArea;
  const std::vector<Scope> scopes = scopesOf( reading, !groupField.isEmpty(), everyArea );
  std::vector<Result> results;
  for ( const Scope &scope : scopes )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    Result result = summariseScope( scope, classes, bootstrapSamples, seed, estimateCensored, feedback );
    if ( feedback->isCanceled() )
      return QVariantMap();
    const placegap::CensoredGapSummary &all = result.summary;
    const placegap::GapSummary &summary = result.summary.estimate;
    const QStringList notes = explain( result, all.censored, classes, className, estimateCensored );
    if ( summary.classes.size() < 2 || std::isnan( summary.gap.value ) || !result.summary.unestimated.empty() )
      feedback->pushWarning( PlaceGap::tr( "%1: %2." ).arg( scope.description, notes.join( QLatin1String( "; " ) ) ) );
    else if ( all.censored > 0 )
      feedback->pushInfo( PlaceGap::tr( "%1: %2." ).arg( scope.description, result.note ) );
    results.push_back( std::move( result ) );
    feedback->setProgress( 30.0 + 60.0 * static_cast<double>( results.size() ) / static_cast<double>( scopes.size() ) );
  }
  const QVariantMap outputs = writeOutputs( results, parameters, context, feedback );
  return outputs.isEmpty() ? outputs : withProvenance( parameters, outputs );
}

QgsFields PlaceGapAttainmentGapAlgorithm::classTableFields()
{
  QgsFields classFields;
  classFields.append( placegap::compat::stringField( FIELD_GROUP ) );
  classFields.append( placegap::compat::intField( FIELD_QUANTILE ) );
  classFields.append( placegap::compat::intField( FIELD_AREAS ) );
  for ( const QString &name : { FIELD_WEIGHT, FIELD_MEAN, FIELD_MEAN_LOWER, FIELD_MEAN_UPPER, FIELD_RIDIT } )
    classFields.append( placegap::compat::doubleField( name, 20, 6 ) );
  classFields.append( placegap::compat::intField( FIELD_SUPPRESSED ) );
  classFields.append( placegap::compat::intField( FIELD_BANDED ) );
  for ( const QString &name : { FIELD_SUPPRESSED_WEIGHT, FIELD_BANDED_WEIGHT, FIELD_MEAN + SUFFIX_MIN, FIELD_MEAN + SUFFIX_MAX } )
    classFields.append( placegap::compat::doubleField( name, 20, 6 ) );

  return classFields;
}

QgsFields PlaceGapAttainmentGapAlgorithm::summaryTableFields()
{
  QgsFields summaryFields;
  summaryFields.append( placegap::compat::stringField( FIELD_GROUP ) );
  summaryFields.append( placegap::compat::intField( FIELD_AREAS ) );
  summaryFields.append( placegap::compat::doubleField( FIELD_WEIGHT, 20, 6 ) );
  summaryFields.append( placegap::compat::doubleField( FIELD_MEAN, 20, 6 ) );
  summaryFields.append( placegap::compat::intField( FIELD_CLASSES ) );
  for ( const QString &name : { FIELD_GAP, FIELD_RATIO, FIELD_SII, FIELD_RII } )
  {
    summaryFields.append( placegap::compat::doubleField( name, 20, 6 ) );
    summaryFields.append( placegap::compat::doubleField( name + SUFFIX_LOWER, 20, 6 ) );
    summaryFields.append( placegap::compat::doubleField( name + SUFFIX_UPPER, 20, 6 ) );
  }
  summaryFields.append( placegap::compat::intField( FIELD_SUPPRESSED ) );
  summaryFields.append( placegap::compat::intField( FIELD_BANDED ) );
  summaryFields.append( placegap::compat::doubleField( FIELD_SUPPRESSED_WEIGHT, 20, 6 ) );
  summaryFields.append( placegap::compat::doubleField( FIELD_BANDED_WEIGHT, 20, 6 ) );
  summaryFields.append( placegap::compat::intField( FIELD_MISSING ) );
  for ( const QString &name : { FIELD_MEAN, FIELD_GAP, FIELD_RATIO, FIELD_SII, FIELD_RII } )
  {
    summaryFields.append( placegap::compat::doubleField( name + SUFFIX_MIN, 20, 6 ) );
    summaryFields.append( placegap::compat::doubleField( name + SUFFIX_MAX, 20, 6 ) );
  }
  summaryFields.append( placegap::compat::stringField( FIELD_METHOD ) );
  summaryFields.append( placegap::compat::stringField( FIELD_NOTE ) );

  return summaryFields;
}

QVariantMap PlaceGapAttainmentGapAlgorithm::writeOutputs( const std::vector<Result> &results, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  const QgsFields classFields = classTableFields();
  const QgsFields summaryFields = summaryTableFields();
  PlaceGapOutputGuard classGuard( parameters, OUTPUT, context );
  PlaceGapOutputGuard summaryGuard( parameters, SUMMARY, context );
  QString classDestination;
  QString summaryDestination;
  std::unique_ptr<QgsFeatureSink> classSink( parameterAsSink( parameters, OUTPUT, context, classDestination, classFields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem() ) );
  if ( !classSink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  std::unique_ptr<QgsFeatureSink> summarySink( parameterAsSink( parameters, SUMMARY, context, summaryDestination, summaryFields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem() ) );
  if ( !summarySink )
    throw QgsProcessingException( invalidSinkError( parameters, SUMMARY ) );

  auto tallyValues = []( const CensoredTally &tally )
  {
    return QgsAttributes() << tally.suppressed << tally.banded << tally.suppressedWeight << tally.bandedWeight;
  };
  for ( const Result &result : results )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const placegap::GapSummary &summary = result.summary.estimate;
    CensoredTally groupTally;
    for ( const auto &[quantile, tally] : result.tallies )
      groupTally.add( tally );
    for ( const placegap::GapClass &cls : summary.classes )
    {
      const auto tally = result.tallies.find( cls.quantile );
      const auto bounds = result.classBounds.find( cls.quantile );
      QgsAttributes values;
      values << result.group << cls.quantile << cls.count << cls.weight << numberOrNull( cls.mean.value ) << numberOrNull( cls.mean.lower ) << numberOrNull( cls.mean.upper ) << cls.ridit;
      values << tallyValues( tally != result.tallies.end() ? tally->second : CensoredTally() );
      values << ( bounds != result.classBounds.end() ? numberOrNull( bounds->second.lowest ) : QVariant() ) << ( bounds != result.classBounds.end() ? numberOrNull( bounds->second.highest ) : QVariant() );
      QgsFeature row( classFields );
      row.setAttributes( values );
      if ( !classSink->addFeature( row, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( classSink.get(), parameters, OUTPUT ) );
    }
    QgsAttributes values;
    values << result.group << summary.count << summary.weight << numberOrNull( summary.mean ) << static_cast<int>( summary.classes.size() );
    for ( const placegap::Estimate &estimate : { summary.gap, summary.ratio, summary.sii, summary.rii } )
      values << numberOrNull( estimate.value ) << numberOrNull( estimate.lower ) << numberOrNull( estimate.upper );
    values << tallyValues( groupTally ) << result.missing;
    for ( const placegap::Range &range : { result.summary.mean, result.summary.gap, result.summary.ratio, result.summary.sii, result.summary.rii } )
      values << numberOrNull( range.lowest ) << numberOrNull( range.highest );
    values << result.method << result.note;
    QgsFeature row( summaryFields );
    row.setAttributes( values );
    if ( !summarySink->addFeature( row, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( summarySink.get(), parameters, SUMMARY ) );
  }
  classSink.reset();
  summarySink.reset();
  classGuard.keep();
  summaryGuard.keep();
  feedback->setProgress( 100 );

  QVariantMap outputs;
  outputs.insert( OUTPUT, classDestination );
  outputs.insert( SUMMARY, summaryDestination );
  return outputs;
}
