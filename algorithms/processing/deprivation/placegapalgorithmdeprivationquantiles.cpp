/***************************************************************************
  placegapalgorithmdeprivationquantiles.cpp - placegap:deprivationquantiles
 ***************************************************************************/
#include "placegapalgorithmdeprivationquantiles.h"

#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "placegaptr.h"
#include "quantiles.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingutils.h"

#include <QHash>
#include <QIcon>
#include <QSet>

#include <cmath>
#include <map>

const QString PlaceGapDeprivationQuantilesAlgorithm::FIELD_QUINTILE = QStringLiteral( "quintile" );
const QString PlaceGapDeprivationQuantilesAlgorithm::FIELD_DECILE = QStringLiteral( "decile" );
const QString PlaceGapDeprivationQuantilesAlgorithm::FIELD_CUMULATIVE_PERCENT = QStringLiteral( "cum_pct" );

namespace
{
  //! How a value that is not a usable number is named in a warning: "NULL", or what it is ("nan", "inf", "lots").
  QString notANumberText( const QVariant &value )
  {
    if ( placegap::compat::isNull( value ) )
      return QStringLiteral( "NULL" );
    return PlaceGap::tr( "'%1', not a finite number" ).arg( value.toString() );
  }

  const QString INPUT = QStringLiteral( "INPUT" );
  const QString RANK_FIELD = QStringLiteral( "RANK_FIELD" );
  const QString METHOD = QStringLiteral( "METHOD" );
  const QString RANK_COUNT = QStringLiteral( "RANK_COUNT" );
  const QString GROUP_FIELD = QStringLiteral( "GROUP_FIELD" );
  const QString POPULATION_FIELD = QStringLiteral( "POPULATION_FIELD" );
  const QString FIELD_PREFIX = QStringLiteral( "FIELD_PREFIX" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );

  //! One input feature as the classification sees it.
  struct AreaRecord
  {
      QgsFeatureId id = FID_NULL;
      double rank = 0;
      double population = 1;
      QString group;
      bool usable = true; //!< False when a null leaves its classes NULL.
  };

  QString featureLabel( QgsFeatureId id )
  {
    return PlaceGap::tr( "Feature %1" ).arg( id );
  }

  /**
   * Warns about results that cannot be what the user meant: a rank field that is the feature id
   * (a dialog's first numeric field is often fid), or every area in one quintile.
   */
  void warnIfDegenerate( const std::vector<AreaRecord> &records, const QHash<QgsFeatureId, placegap::AreaQuantile> &classes, const QString &rankField, QgsProcessingFeedback *feedback )
  {
    std::size_t usable = 0;
    bool rankIsId = true;
    for ( const AreaRecord &record : records )
    {
      if ( !record.usable )
        continue;
      ++usable;
      rankIsId = rankIsId && record.rank == static_cast<double>( record.id );
    }
    if ( usable >= 2 && ( rankIsId || rankField.compare( QLatin1String( "fid" ), Qt::CaseInsensitive ) == 0 ) )
      feedback->pushWarning( PlaceGap::tr( "The rank field '%1' holds the feature ids, not deprivation ranks: the classes say nothing about deprivation. Choose the rank field (e.g. simd_rank)." ).arg( rankField ) );
    QSet<int> quintiles;
    for ( const placegap::AreaQuantile &quantile : classes )
      quintiles.insert( quantile.quintile );
    if ( classes.size() >= 5 && quintiles.size() == 1 )
      feedback->pushWarning( PlaceGap::tr( "All %1 classified areas are in quintile %2. Check the rank field ('%3'), the method and, for national classes, the number of areas ranked nationally (RANK_COUNT)." ).arg( classes.size() ).arg( *quintiles.begin() ).arg( rankField ) );
  }

  //! Warns once per block of features in one scope that share a rank.
  void warnAboutTies( const std::vector<const AreaRecord *> &scope, const QString &scopeName, const QString &rankField, PlaceGapFeatureWarnings &warnings )
  {
    std::vector<const AreaRecord *> sorted = scope;
    std::stable_sort( sorted.begin(), sorted.end(), []( const AreaRecord *a, const AreaRecord *b )
                      { return a->rank < b->rank; } );
    std::size_t start = 0;
    while ( start < sorted.size() )
    {
      std::size_t end = start + 1;
      while ( end < sorted.size() && sorted[end]->rank == sorted[start]->rank )
        ++end;
      if ( end - start > 1 )
      {
        QStringList ids;
        for ( std::size_t i = start; i < end; ++i )
          ids << QString::number( sorted[i]->id );
        warnings.warn( PlaceGap::tr( "tied rank" ), PlaceGap::tr( "Features %1 share rank %2 in field '%3'%4; tied areas get one class, that of their mean position." ).arg( ids.join( QLatin1String( ", " ) ) ).arg( sorted[start]->rank ).arg( rankField, scopeName.isEmpty() ? QString() : PlaceGap::tr( " in group '%1'" ).arg( scopeName ) ) );
      }
      start = end;
    }
  }
  //! What the run reads: the fields' names and indices and the method's settings.
  struct ReadFields
  {
      QString rankField, groupField, populationField;
      int rankIndex = -1, groupIndex = -1, populationIndex = -1;
      bool national = true;
      bool populationWeighted = false;
      double rankCount = 0;
  };

  //! One area's rank, group and population; unusable (warned) when one is missing; bad values stop the run.
  AreaRecord readRecord( const QgsFeature &feature, const ReadFields &fields, PlaceGapFeatureWarnings &warnings )
  {
    AreaRecord record;
    record.id = feature.id();
    const QVariant rankValue = feature.attribute( fields.rankIndex );
    if ( placegap::compat::isNull( rankValue ) || !std::isfinite( rankValue.toDouble() ) )
    {
      warnings.warn( PlaceGap::tr( "NULL rank" ), PlaceGap::tr( "%1: rank field '%2' is %3; its classes are left NULL." ).arg( featureLabel( record.id ), fields.rankField, notANumberText( rankValue ) ) );
      record.usable = false;
    }
    else
    {
      record.rank = rankValue.toDouble();
      if ( fields.national && ( record.rank < 1 || record.rank > fields.rankCount ) )
        throw QgsProcessingException( PlaceGap::tr( "%1: rank %2 in field '%3' is outside 1..%4. National classes need ranks from 1 to the number of areas ranked nationally; set %5 to that number." ).arg( featureLabel( record.id ) ).arg( record.rank ).arg( fields.rankField ).arg( fields.rankCount ).arg( QStringLiteral( "RANK_COUNT" ) ) );
    }

    if ( fields.groupIndex >= 0 )
    {
      const QVariant groupValue = feature.attribute( fields.groupIndex );
      if ( placegap::compat::isNull( groupValue ) )
      {
        warnings.warn( PlaceGap::tr( "NULL group" ), PlaceGap::tr( "%1: group field '%2' is NULL; the area belongs to no group and its classes are left NULL." ).arg( featureLabel( record.id ), fields.groupField ) );
        record.usable = false;
      }
      record.group = groupValue.toString();
    }

    if ( fields.populationIndex >= 0 )
    {
      const QVariant populationValue = feature.attribute( fields.populationIndex );
      if ( placegap::compat::isNull( populationValue ) || !std::isfinite( populationValue.toDouble() ) )
      {
        warnings.warn( PlaceGap::tr( "NULL population" ), PlaceGap::tr( "%1: population field '%2' is %3; the area is left out of its group's population and its classes are left NULL." ).arg( featureLabel( record.id ), fields.populationField, notANumberText( populationValue ) ) );
        record.usable = false;
      }
      else
      {
        record.population = populationValue.toDouble();
        if ( record.population < 0 )
          throw QgsProcessingException( PlaceGap::tr( "%1: population %2 in field '%3' is negative." ).arg( featureLabel( record.id ) ).arg( record.population ).arg( fields.populationField ) );
      }
    }
    return record;
  }

  //! Pass 1 over the source: every feature's record, attributes only; empty when canceled.
  std::vector<AreaRecord> readRecords( QgsProcessingFeatureSource &source, const ReadFields &fields, PlaceGapFeatureWarnings &warnings, QgsProcessingFeedback *feedback )
  {
    QgsAttributeList attributes { fields.rankIndex };
    if ( fields.groupIndex >= 0 )
      attributes << fields.groupIndex;
    if ( fields.populationIndex >= 0 )
      attributes << fields.populationIndex;
    QgsFeatureRequest request;
    request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
    request.setSubsetOfAttributes( attributes );
    std::vector<AreaRecord> records;
    records.reserve( static_cast<std::size_t>( std::max<long long>( 0, source.featureCount() ) ) );
    const double total = source.featureCount() > 0 ? static_cast<double>( source.featureCount() ) : 1.0;
    // Only attributes are read or changed, so geometry validity does not matter here.
    QgsFeatureIterator it = source.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return {};
      feedback->setProgress( 40.0 * static_cast<double>( records.size() ) / total );
      records.push_back( readRecord( feature, fields, warnings ) );
    }
    return records;
  }

  //! The usable records by group (one scope, "", for the national method or without a group field).
  std::map<QString, std::vector<const AreaRecord *>> scopesOf( const std::vector<AreaRecord> &records )
  {
    std::map<QString, std::vector<const AreaRecord *>> scopes;
    for ( const AreaRecord &record : records )
    {
      if ( record.usable )
        scopes[record.group].push_back( &record );
    }
    return scopes;
  }

  //! The classes of every usable area, scope by scope; empty when canceled.
  QHash<QgsFeatureId, placegap::AreaQuantile> classify( const std::map<QString, std::vector<const AreaRecord *>> &scopes, const ReadFields &fields, PlaceGapFeatureWarnings &warnings, QgsProcessingFeedback *feedback )
  {
    QHash<QgsFeatureId, placegap::AreaQuantile> classes;
    for ( const auto &[groupName, members] : scopes )
    {
      if ( feedback->isCanceled() )
        return {};
      warnAboutTies( members, fields.groupField.isEmpty() ? QString() : groupName, fields.rankField, warnings );

      if ( fields.national )
      {
        for ( const AreaRecord *record : members )
        {
          placegap::AreaQuantile quantile;
          quantile.quintile = placegap::classFromRank( record->rank, fields.rankCount, 5 ).value();
          quantile.decile = placegap::classFromRank( record->rank, fields.rankCount, 10 ).value();
          quantile.cumulativePercent = record->rank * 100.0 / fields.rankCount;
          classes.insert( record->id, quantile );
        }
        continue;
      }

      std::vector<placegap::RankedArea> areas;
      areas.reserve( members.size() );
      for ( const AreaRecord *record : members )
        areas.push_back( placegap::RankedArea { record->rank, record->population } );
      const placegap::QuantileWeighting weighting = fields.populationWeighted ? placegap::QuantileWeighting::Population : placegap::QuantileWeighting::AreaCount;
      const std::vector<placegap::AreaQuantile> result = placegap::groupQuantiles( areas, weighting );
      if ( result.empty() )
        throw QgsProcessingException( PlaceGap::tr( "Group '%1' has no population: field '%2' is zero for all %n of its area(s), so no population-weighted class can be cut.", nullptr, static_cast<int>( members.size() ) ).arg( groupName, fields.populationField ) );
      for ( std::size_t i = 0; i < members.size(); ++i )
        classes.insert( members[i]->id, result[i] );
    }
    return classes;
  }
} // namespace

QString PlaceGapDeprivationQuantilesAlgorithm::name() const
{
  return QStringLiteral( "deprivationquantiles" );
}

QString PlaceGapDeprivationQuantilesAlgorithm::displayName() const
{
  return PlaceGap::tr( "Deprivation quantiles" );
}

QStringList PlaceGapDeprivationQuantilesAlgorithm::tags() const
{
  return PlaceGap::tr( "simd,deprivation,quintile,decile,rank,population weighted,council,data zone" ).split( ',' );
}

QString PlaceGapDeprivationQuantilesAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Adds deprivation quintile and decile fields from a deprivation rank, nationally or within groups, by count of areas or population-weighted." );
}

QString PlaceGapDeprivationQuantilesAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Adds deprivation quintiles and deciles to small areas from their rank (1 = most deprived): the national SIMD classes, or classes within each group (e.g. council) by equal numbers of areas or population-weighted as Public Health Scotland does." ) );
}

PlaceGapDeprivationQuantilesAlgorithm *PlaceGapDeprivationQuantilesAlgorithm::createInstance() const
{
  return new PlaceGapDeprivationQuantilesAlgorithm();
}

void PlaceGapDeprivationQuantilesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Small areas (polygons, points or table)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  // Defaults by name (the sample data's and SG's), so a dialog does not settle on fid.
  addParameter( new QgsProcessingParameterField( RANK_FIELD, PlaceGap::tr( "Deprivation rank field (1 = most deprived)" ), QStringLiteral( "simd_rank" ), INPUT, placegap::compat::FIELD_NUMERIC ) );
  addParameter( new QgsProcessingParameterEnum( METHOD, PlaceGap::tr( "Method" ),
                                                QStringList() << PlaceGap::tr( "National, from the rank (equal numbers of areas, SIMD)" )
                                                              << PlaceGap::tr( "Within each group, equal numbers of areas" )
                                                              << PlaceGap::tr( "Within each group, population-weighted (Public Health Scotland)" ),
                                                false, NationalFromRank ) );
  auto rankCount = std::make_unique<QgsProcessingParameterNumber>( RANK_COUNT, PlaceGap::tr( "Number of areas ranked nationally (national method)" ), placegap::compat::NUMBER_INTEGER, SIMD2020_DATA_ZONES, false, 1 );
  addParameter( rankCount.release() );
  addParameter( new QgsProcessingParameterField( GROUP_FIELD, PlaceGap::tr( "Group field, e.g. council (within-group methods)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( POPULATION_FIELD, PlaceGap::tr( "Population field (population-weighted method)" ), QVariant(), INPUT, placegap::compat::FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterString( FIELD_PREFIX, PlaceGap::tr( "Prefix for the output field names" ), QString(), false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Deprivation quantiles" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  showReadableNumbers();
}

QString PlaceGapDeprivationQuantilesAlgorithm::inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QgsFields fields = source.fields();
  const int method = parameterAsEnum( parameters, METHOD, context );

  auto checkNumericField = [&]( const QString &parameter, const QString &what, bool required ) -> QString
  {
    const QString fieldName = parameterAsString( parameters, parameter, context );
    if ( fieldName.isEmpty() )
      return required ? PlaceGap::tr( "%1 (%2) is required with this method." ).arg( what, parameter ) : QString();
    const int index = fields.lookupField( fieldName );
    if ( index < 0 )
      return PlaceGap::tr( "The input layer has no field '%1' (%2)." ).arg( fieldName, parameter );
    if ( !fields.at( index ).isNumeric() )
      return PlaceGap::tr( "Field '%1' (%2) holds %3 values; %4 must be numeric." ).arg( fieldName, parameter, fields.at( index ).typeName(), what );
    return QString();
  };

  QString problem = checkNumericField( RANK_FIELD, PlaceGap::tr( "the deprivation rank" ), true );
  if ( problem.isEmpty() )
    problem = checkNumericField( POPULATION_FIELD, PlaceGap::tr( "the population" ), method == GroupPopulationWeighted );
  if ( !problem.isEmpty() )
    return problem;

  const QString groupField = parameterAsString( parameters, GROUP_FIELD, context );
  if ( !groupField.isEmpty() && fields.lookupField( groupField ) < 0 )
    return PlaceGap::tr( "The input layer has no field '%1' (%2)." ).arg( groupField, GROUP_FIELD );

  const QString prefix = parameterAsString( parameters, FIELD_PREFIX, context );
  for ( const QString &outputName : { FIELD_QUINTILE, FIELD_DECILE, FIELD_CUMULATIVE_PERCENT } )
  {
    if ( fields.lookupField( prefix + outputName ) >= 0 )
      return PlaceGap::tr( "The input layer already has a field '%1'; set %2 so that the new fields get other names." ).arg( prefix + outputName, FIELD_PREFIX );
  }
  return QString();
}

QVariantMap PlaceGapDeprivationQuantilesAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const std::unique_ptr<QgsProcessingFeatureSource> source = checkedInput( parameters, context );

  const Method method = static_cast<Method>( parameterAsEnum( parameters, METHOD, context ) );
  const double rankCount = parameterAsInt( parameters, RANK_COUNT, context );
  const QString rankField = parameterAsString( parameters, RANK_FIELD, context );
  const QString groupField = method == NationalFromRank ? QString() : parameterAsString( parameters, GROUP_FIELD, context );
  const QString populationField = method == GroupPopulationWeighted ? parameterAsString( parameters, POPULATION_FIELD, context ) : QString();
  const QString prefix = parameterAsString( parameters, FIELD_PREFIX, context );

  if ( method == NationalFromRank && !parameterAsString( parameters, GROUP_FIELD, context ).isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "The national method cuts classes across the country; the group field (GROUP_FIELD) is ignored." ) );
  if ( method != GroupPopulationWeighted && !parameterAsString( parameters, POPULATION_FIELD, context ).isEmpty() )
    feedback->pushInfo( PlaceGap::tr( "Only the population-weighted method uses the population field (POPULATION_FIELD); it is ignored." ) );

  const QgsFields inputFields = source->fields();
  const int rankIndex = inputFields.lookupField( rankField );
  const int groupIndex = groupField.isEmpty() ? -1 : inputFields.lookupField( groupField );
  const int populationIndex = populationField.isEmpty() ? -1 : inputFields.lookupField( populationField );
  const ReadFields fields { rankField, groupField, populationField, rankIndex, groupIndex, populationIndex, method == NationalFromRank, method == GroupPopulationWeighted, rankCount };

  // Pass 1: read ranks, groups and populations, and refuse bad values before any output exists.
  PlaceGapFeatureWarnings warnings( feedback );
  const double total = source->featureCount() > 0 ? static_cast<double>( source->featureCount() ) : 1.0;
  const std::vector<AreaRecord> records = readRecords( *source, fields, warnings, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();
  placegap::reading::requireComplete( *source, static_cast<long long>( records.size() ), QStringLiteral( "INPUT" ) );

  // Group the usable records (one scope for the national method or when no group field is set).
  const std::map<QString, std::vector<const AreaRecord *>> scopes = scopesOf( records );
  if ( scopes.empty() )
    throw QgsProcessingException( PlaceGap::tr( "None of the %n feature(s) has a usable rank in field '%1'%2; there is nothing to classify.", nullptr, static_cast<int>( records.size() ) ).arg( rankField, groupField.isEmpty() ? QString() : PlaceGap::tr( " and group in field '%1'" ).arg( groupField ) ) );

  const QHash<QgsFeatureId, placegap::AreaQuantile> classes = classify( scopes, fields, warnings, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();

  warnIfDegenerate( records, classes, rankField, feedback );
  feedback->pushInfo( PlaceGap::tr( "Classified %1 of %2 areas in %n scope(s).", nullptr, static_cast<int>( scopes.size() ) ).arg( classes.size() ).arg( records.size() ) );
  warnings.summarize();

  // Pass 2: copy every feature with its classes.
  QgsFields outputFields = inputFields;
  outputFields.append( placegap::compat::intField( prefix + FIELD_QUINTILE ) );
  outputFields.append( placegap::compat::intField( prefix + FIELD_DECILE ) );
  outputFields.append( placegap::compat::doubleField( prefix + FIELD_CUMULATIVE_PERCENT, 20, 6 ) );

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, outputFields, source->wkbType(), source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  std::size_t written = 0;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    QgsAttributes values = feature.attributes();
    const auto found = classes.constFind( feature.id() );
    if ( found != classes.constEnd() )
      values << found->quintile << found->decile << found->cumulativePercent;
    else
      values << QVariant() << QVariant() << QVariant();
    feature.setAttributes( values );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    feedback->setProgress( 40.0 + 60.0 * static_cast<double>( ++written ) / total );
  }
  sink.reset();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, QStringLiteral( "deprivation_quintile.qml" ), prefix + FIELD_QUINTILE );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  return withProvenance( parameters, outputs );
}
