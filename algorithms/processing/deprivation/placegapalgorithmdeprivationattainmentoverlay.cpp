/***************************************************************************
  placegapalgorithmdeprivationattainmentoverlay.cpp - placegap:deprivationattainmentoverlay
 ***************************************************************************/
#include "placegapalgorithmdeprivationattainmentoverlay.h"

#include "placegapattainmentcells.h"
#include "placegaprun.h"
#include "placegaptr.h"

#include "bivariateclasses.h"
#include "classbreaks.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegapcompleteread.h"
#include "placegapfeaturewarnings.h"
#include "placegapoutputguard.h"
#include "placegapstylepostprocessor.h"
#include "quantiles.h"

#include "qgsfeaturerequest.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingoutputs.h"

#include <cmath>
#include <map>

using namespace placegap::attributes;

const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_ATTAINMENT = QStringLiteral( "attainment" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_DEPRIVATION_CLASS = QStringLiteral( "dep_class" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_ATTAINMENT_CLASS = QStringLiteral( "att_class" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_BIVARIATE_CLASS = QStringLiteral( "bivar_class" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_BIVARIATE_CODE = QStringLiteral( "bivar_code" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_DEPRIVATION_LABEL = QStringLiteral( "dep_label" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_ATTAINMENT_LABEL = QStringLiteral( "att_label" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_BIVARIATE_LABEL = QStringLiteral( "bivar_label" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_ATTAINMENT_STATUS = QStringLiteral( "att_status" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_CLASS = QStringLiteral( "class" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_AREAS = QStringLiteral( "n_areas" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_AREAS_PERCENT = QStringLiteral( "pct_areas" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_COUNT = QStringLiteral( "n_count" );
const QString PlaceGapDeprivationAttainmentOverlayAlgorithm::FIELD_COUNT_PERCENT = QStringLiteral( "pct_count" );

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString CODE_FIELD = QStringLiteral( "CODE_FIELD" );
  const QString DEPRIVATION_FIELD = QStringLiteral( "DEPRIVATION_FIELD" );
  const QString DEPRIVATION_ORDER = QStringLiteral( "DEPRIVATION_ORDER" );
  const QString ATTAINMENT = QStringLiteral( "ATTAINMENT" );
  const QString ATTAINMENT_CODE_FIELD = QStringLiteral( "ATTAINMENT_CODE_FIELD" );
  const QString CLASSES = QStringLiteral( "CLASSES" );
  const QString DEPRIVATION_BREAKS = QStringLiteral( "DEPRIVATION_BREAKS" );
  const QString RANK_COUNT = QStringLiteral( "RANK_COUNT" );
  const QString DISCARD_NONMATCHING = QStringLiteral( "DISCARD_NONMATCHING" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString COUNT_FIELD = QStringLiteral( "COUNT_FIELD" );
  const QString CLASS_FIELD = QStringLiteral( "CLASS_FIELD" );
  const QString CLASS_SUMMARY = QStringLiteral( "CLASS_SUMMARY" );
  const QString MATCHED_COUNT = QStringLiteral( "MATCHED_COUNT" );
  const QString UNMATCHED_INPUT_COUNT = QStringLiteral( "UNMATCHED_INPUT_COUNT" );
  const QString UNMATCHED_ATTAINMENT_COUNT = QStringLiteral( "UNMATCHED_ATTAINMENT_COUNT" );
  const QString UNMATCHED_INPUT_CODES = QStringLiteral( "UNMATCHED_INPUT_CODES" );
  const QString UNMATCHED_ATTAINMENT_CODES = QStringLiteral( "UNMATCHED_ATTAINMENT_CODES" );

  constexpr int SIMD2020_DATA_ZONES = 6976;

  //! One area of the deprivation layer as the overlay sees it.
  struct AreaRecord
  {
      QgsFeatureId id = FID_NULL;
      QString code;
      Number deprivation;
      bool matched = false;
      bool usable = false;   //!< matched, with a number on both axes
      bool censored = false; //!< matched, its attainment known only as an interval
      double attainment = 0; //!< valid when usable and not censored
      int deprivationClass = 0;
      int attainmentClass = 0;
      QString cls;      //!< CLASS_FIELD, e.g. the urban-rural class; empty without
      double count = 0; //!< COUNT_FIELD, e.g. income-deprived people; 0 without or when NULL
  };

  //! Joined areas by class and bivariate cell, and the totals of each class.
  PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassSummary summarise( const std::vector<AreaRecord> &records, int classes )
  {
    PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassSummary cells;
    for ( const AreaRecord &record : records )
    {
      if ( !record.matched || record.cls.isEmpty() )
        continue;
      PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassCell &cell = cells[record.cls][record.usable ? placegap::bivariateIndex( record.deprivationClass, record.attainmentClass, classes ) : 0];
      ++cell.areas;
      cell.count += record.count;
    }
    return cells;
  }

  //! One row of the attainment table.
  struct AttainmentRecord
  {
      QgsFeatureId id = FID_NULL;
      placegap::PublishedCell cell;
      QString problem; //!< why the cell cannot be used, naming the row, field and text
      bool matched = false;
  };

  QString describeBounds( const std::vector<double> &bounds )
  {
    QStringList parts;
    for ( std::size_t i = 0; i < bounds.size(); ++i )
      parts << ( std::isnan( bounds[i] ) ? PlaceGap::tr( "%1: empty" ).arg( i + 1 ) : PlaceGap::tr( "%1: up to %2" ).arg( i + 1 ).arg( bounds[i] ) );
    return parts.join( QLatin1String( "; " ) );
  }

  QStringList emptyClasses( const std::vector<int> &classOf, int classes )
  {
    std::vector<bool> seen( static_cast<std::size_t>( classes ), false );
    for ( int cls : classOf )
      seen[static_cast<std::size_t>( cls - 1 )] = true;
    QStringList empty;
    for ( int cls = 1; cls <= classes; ++cls )
    {
      if ( !seen[static_cast<std::size_t>( cls - 1 )] )
        empty << QString::number( cls );
    }
    return empty;
  }
} // namespace

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::name() const
{
  return QStringLiteral( "deprivationattainmentoverlay" );
}

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::displayName() const
{
  return PlaceGap::tr( "Deprivation and attainment overlay (bivariate classes)" );
}

QStringList PlaceGapDeprivationAttainmentOverlayAlgorithm::tags() const
{
  return PlaceGap::tr( "simd,deprivation,attainment,acel,bivariate,join,quintile,school,data zone,map" ).split( ',' );
}

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Joins attainment to deprivation areas by code and classes every area on both axes into a bivariate class (2x2 to 5x5) with readable labels." );
}

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Joins an attainment table to deprivation areas or schools by code and puts each in a 3 x 3 (2 x 2 to 5 x 5) class of deprivation and attainment, for a bivariate map: which deprived places attain well, which do not. Unmatched codes are listed; a suppressed or banded figure is classed when its whole interval falls in one class. A class field (e.g. urban-rural class) adds a table of areas and counts per class and cell." ) );
}

PlaceGapDeprivationAttainmentOverlayAlgorithm *PlaceGapDeprivationAttainmentOverlayAlgorithm::createInstance() const
{
  return new PlaceGapDeprivationAttainmentOverlayAlgorithm();
}

void PlaceGapDeprivationAttainmentOverlayAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, PlaceGap::tr( "Deprivation areas (polygons, points or table)" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  addParameter( new QgsProcessingParameterField( CODE_FIELD, PlaceGap::tr( "Code field of the areas" ), QStringLiteral( "seed_code" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterField( DEPRIVATION_FIELD, PlaceGap::tr( "Deprivation field (rank or score)" ), QStringLiteral( "dz_simd_rank" ), INPUT, placegap::compat::FIELD_ANY ) );
  addParameter( new QgsProcessingParameterEnum( DEPRIVATION_ORDER, PlaceGap::tr( "Deprivation field order" ),
                                                QStringList() << PlaceGap::tr( "Low values are more deprived (a rank, 1 = most deprived)" )
                                                              << PlaceGap::tr( "High values are more deprived (a score or share)" ),
                                                false, LowIsMoreDeprived ) );
  addParameter( new QgsProcessingParameterFeatureSource( ATTAINMENT, PlaceGap::tr( "Attainment table or layer" ), QList<int>() << static_cast<int>( placegap::compat::SOURCE_ANY_VECTOR ) ) );
  addParameter( new QgsProcessingParameterField( ATTAINMENT_CODE_FIELD, PlaceGap::tr( "Code field of the attainment table" ), QStringLiteral( "seed_code" ), ATTAINMENT, placegap::compat::FIELD_ANY ) );
  for ( QgsProcessingParameterDefinition *definition : PlaceGapAttainmentCells::parameters( ATTAINMENT, PlaceGap::tr( "Attainment field (higher = better; a number or published text)" ) ) )
    addParameter( definition );
  addParameter( new QgsProcessingParameterNumber( CLASSES, PlaceGap::tr( "Classes per axis (2 to 5)" ), placegap::compat::NUMBER_INTEGER, 3, false, placegap::MIN_BIVARIATE_CLASSES, placegap::MAX_BIVARIATE_CLASSES ) );
  addParameter( new QgsProcessingParameterEnum( DEPRIVATION_BREAKS, PlaceGap::tr( "Deprivation breaks" ),
                                                QStringList() << PlaceGap::tr( "Quantiles of the joined areas" )
                                                              << PlaceGap::tr( "National classes from the rank (SIMD)" ),
                                                false, QuantilesOfJoinedAreas ) );
  addParameter( new QgsProcessingParameterNumber( RANK_COUNT, PlaceGap::tr( "Number of areas ranked nationally (national breaks)" ), placegap::compat::NUMBER_INTEGER, SIMD2020_DATA_ZONES, false, 1 ) );
  addParameter( new QgsProcessingParameterBoolean( DISCARD_NONMATCHING, PlaceGap::tr( "Discard areas without attainment" ), false ) );
  addParameter( new QgsProcessingParameterField( COUNT_FIELD, PlaceGap::tr( "Count field of the areas, e.g. income-deprived people (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( CLASS_FIELD, PlaceGap::tr( "Class field of the areas, e.g. urban-rural class (optional)" ), QVariant(), INPUT, placegap::compat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, PlaceGap::tr( "Deprivation and attainment classes" ), placegap::compat::SOURCE_ANY_VECTOR ) );
  addParameter( new QgsProcessingParameterFeatureSink( CLASS_SUMMARY, PlaceGap::tr( "Areas and counts by class and bivariate cell" ), placegap::compat::SOURCE_ANY_VECTOR, QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( MATCHED_COUNT, PlaceGap::tr( "Areas joined" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED_INPUT_COUNT, PlaceGap::tr( "Areas without attainment" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED_ATTAINMENT_COUNT, PlaceGap::tr( "Attainment rows without an area" ) ) );
  addOutput( new QgsProcessingOutputString( UNMATCHED_INPUT_CODES, PlaceGap::tr( "Codes of areas without attainment" ) ) );
  addOutput( new QgsProcessingOutputString( UNMATCHED_ATTAINMENT_CODES, PlaceGap::tr( "Codes of attainment rows without an area" ) ) );
  showReadableNumbers();
}

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::layerProblem( const QgsFeatureSource &areas, const QgsFeatureSource &attainment, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString areasName = PlaceGap::tr( "input" );
  const QString attainmentName = PlaceGap::tr( "attainment" );
  for ( const auto &[parameter, source, layerName] : { std::make_tuple( CODE_FIELD, &areas, areasName ), std::make_tuple( DEPRIVATION_FIELD, &areas, areasName ), std::make_tuple( ATTAINMENT_CODE_FIELD, &attainment, attainmentName ) } )
  {
    const QString problem = missingField( source->fields(), parameterAsString( parameters, parameter, context ), named( parameter ), layerName );
    if ( !problem.isEmpty() )
      return problem;
  }
  for ( const QString &parameter : { COUNT_FIELD, CLASS_FIELD } )
  {
    const QString field = parameterAsString( parameters, parameter, context );
    const QString problem = field.isEmpty() ? QString() : missingField( areas.fields(), field, named( parameter ), areasName );
    if ( !problem.isEmpty() )
      return problem;
  }
  if ( outputRequested( parameters, CLASS_SUMMARY, context ) && parameterAsString( parameters, CLASS_FIELD, context ).isEmpty() )
    return PlaceGap::tr( "The counts by class (CLASS_SUMMARY) need the class field of the areas (CLASS_FIELD), e.g. their urban-rural class." );
  const QString cellsProblem = PlaceGapAttainmentCells::problem( *this, attainment.fields(), parameters, context, attainmentName );
  if ( !cellsProblem.isEmpty() )
    return cellsProblem;
  if ( parameterAsEnum( parameters, DEPRIVATION_BREAKS, context ) == NationalFromRank && parameterAsEnum( parameters, DEPRIVATION_ORDER, context ) != LowIsMoreDeprived )
    return PlaceGap::tr( "National classes from the rank (Deprivation breaks, DEPRIVATION_BREAKS) are cut from a rank, 1 = most deprived: set the deprivation field order (DEPRIVATION_ORDER) to low values more deprived and the deprivation field (DEPRIVATION_FIELD) to the rank, or use quantiles of the joined areas." );

  return placegap::attributes::clashingOutputField( areas.fields(), { FIELD_ATTAINMENT, FIELD_DEPRIVATION_CLASS, FIELD_ATTAINMENT_CLASS, FIELD_BIVARIATE_CLASS, FIELD_BIVARIATE_CODE, FIELD_DEPRIVATION_LABEL, FIELD_ATTAINMENT_LABEL, FIELD_BIVARIATE_LABEL, FIELD_ATTAINMENT_STATUS }, PlaceGap::tr( "input" ) );
}

bool PlaceGapDeprivationAttainmentOverlayAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, INPUT, context ) );
  std::unique_ptr<QgsProcessingFeatureSource> attainment( parameterAsSource( parameters, ATTAINMENT, context ) );
  if ( !areas || !attainment )
    return true; // the base class has already judged a missing layer
  const QString problem = layerProblem( *areas, *attainment, parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

class PlaceGapDeprivationAttainmentOverlayAlgorithm::Run : public PlaceGapRun<PlaceGapDeprivationAttainmentOverlayAlgorithm>
{
  public:
    Run( const PlaceGapDeprivationAttainmentOverlayAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &areas, QgsProcessingFeatureSource &attainment )
        : PlaceGapRun( algorithm, parameters, context, feedback ), areas( areas ), attainment( attainment ), cells( algorithm, attainment.fields(), parameters, context )
    {
      codeField = algorithm.parameterAsString( parameters, CODE_FIELD, context );
      deprivationField = algorithm.parameterAsString( parameters, DEPRIVATION_FIELD, context );
      attainmentCodeField = algorithm.parameterAsString( parameters, ATTAINMENT_CODE_FIELD, context );
      attainmentField = cells.fieldsText();
      highIsMoreDeprived = algorithm.parameterAsEnum( parameters, DEPRIVATION_ORDER, context ) == HighIsMoreDeprived;
      nationalBreaks = algorithm.parameterAsEnum( parameters, DEPRIVATION_BREAKS, context ) == NationalFromRank;
      classes = algorithm.parameterAsInt( parameters, CLASSES, context );
      rankCount = algorithm.parameterAsInt( parameters, RANK_COUNT, context );
      countField = algorithm.parameterAsString( parameters, COUNT_FIELD, context );
      classField = algorithm.parameterAsString( parameters, CLASS_FIELD, context );
      areaTotal = std::max<double>( 1.0, static_cast<double>( areas.featureCount() ) );
    }

    bool readAttainment();
    bool readAreas();
    void readCount( AreaRecord &record, const QVariant &value );
    bool join();
    bool joinRecord( AreaRecord &record, AttainmentRecord &row );
    void reportJoin();
    void classify();
    void classCensored();
    QString writeAreas();

    QgsProcessingFeatureSource &areas;
    QgsProcessingFeatureSource &attainment;
    const PlaceGapAttainmentCells cells;
    QString codeField, deprivationField, attainmentCodeField, attainmentField, countField, classField;
    bool highIsMoreDeprived = false;
    bool nationalBreaks = false;
    int classes = 3;
    double rankCount = 0;
    double areaTotal = 1;
    std::map<QString, AttainmentRecord> attainmentByCode;
    std::vector<AreaRecord> records;
    QStringList unmatchedInput;
    QStringList unmatchedAttainment;
    std::vector<double> deprivationValues;
    std::vector<double> attainmentValues;
    std::vector<AreaRecord *> usable;
    std::vector<AreaRecord *> censored;
    int matched = 0;
    int censoredClassed = 0;
    std::vector<double> deprivationBounds; //!< of the values as classed (negated scores where high is more deprived)
    std::vector<double> attainmentBounds;
};

// Pass 1a: the attainment table, keyed by code; duplicates refused.
bool PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::readAttainment()
{
  const double attainmentTotal = std::max<double>( 1.0, static_cast<double>( attainment.featureCount() ) );
  const int codeIndex = attainment.fields().lookupField( attainmentCodeField );
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  request.setSubsetOfAttributes( QgsAttributeList { codeIndex } + cells.attributeIndexes() );
  QgsFeatureIterator it = attainment.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  long long read = 0;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 20.0 * static_cast<double>( read++ ) / attainmentTotal );
    const QString code = codeKey( feature.attribute( codeIndex ) );
    if ( code.isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "NULL attainment code" ), PlaceGap::tr( "Attainment %1: code field '%2' is NULL or empty; the row is left out." ).arg( featureLabel( feature.id() ), attainmentCodeField ) );
      continue;
    }
    const auto existing = attainmentByCode.find( code );
    if ( existing != attainmentByCode.end() )
      throw QgsProcessingException( PlaceGap::tr( "Code '%1' appears twice in field '%2' of the attainment table (features %3 and %4); each code may have one row only." ).arg( code, attainmentCodeField ).arg( existing->second.id ).arg( feature.id() ) );
    const placegap::PublishedCell cell = cells.read( feature );
    attainmentByCode[code] = AttainmentRecord { feature.id(), cell, cells.unusableReason( feature, cell ), false };
  }
  placegap::reading::requireComplete( attainment, read, QStringLiteral( "ATTAINMENT" ) );
  return true;
}

void PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::readCount( AreaRecord &record, const QVariant &value )
{
  const Number count = readNumber( value );
  if ( count.status != NumberStatus::Number )
    warnings.warn( PlaceGap::tr( "no count" ), PlaceGap::tr( "%1: count field '%2' is NULL or not a number; the area counts no one in the class summary." ).arg( featureLabel( record.id ), countField ) );
  else if ( count.value < 0 )
    throw QgsProcessingException( PlaceGap::tr( "%1: count %2 in field '%3' is negative." ).arg( featureLabel( record.id ) ).arg( count.value ).arg( countField ) );
  else
    record.count = count.value;
}

// Pass 1b: the areas; duplicates refused.
bool PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::readAreas()
{
  const int codeIndex = areas.fields().lookupField( codeField );
  const int deprivationIndex = areas.fields().lookupField( deprivationField );
  const int countIndex = countField.isEmpty() ? -1 : areas.fields().lookupField( countField );
  const int classIndex = classField.isEmpty() ? -1 : areas.fields().lookupField( classField );
  QgsFeatureRequest request;
  request.setFlags( placegap::compat::REQUEST_NO_GEOMETRY );
  QgsAttributeList attributes { codeIndex, deprivationIndex };
  for ( const int index : { countIndex, classIndex } )
  {
    if ( index >= 0 )
      attributes << index;
  }
  request.setSubsetOfAttributes( attributes );
  QgsFeatureIterator it = areas.getFeatures( request, placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  std::map<QString, QgsFeatureId> seen;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return false;
    feedback->setProgress( 20.0 + 20.0 * static_cast<double>( records.size() ) / areaTotal );
    AreaRecord record;
    record.id = feature.id();
    record.code = codeKey( feature.attribute( codeIndex ) );
    record.deprivation = readNumber( feature.attribute( deprivationIndex ) );
    if ( classIndex >= 0 )
      record.cls = codeKey( feature.attribute( classIndex ) );
    if ( countIndex >= 0 )
      readCount( record, feature.attribute( countIndex ) );
    if ( record.code.isEmpty() )
    {
      warnings.warn( PlaceGap::tr( "NULL area code" ), PlaceGap::tr( "%1: code field '%2' is NULL or empty; it cannot be joined and its classes are left NULL." ).arg( featureLabel( record.id ), codeField ) );
    }
    else
    {
      const auto [existing, inserted] = seen.emplace( record.code, record.id );
      if ( !inserted )
        throw QgsProcessingException( PlaceGap::tr( "Code '%1' appears twice in field '%2' of the input layer (features %3 and %4); each code may have one area only." ).arg( record.code, codeField ).arg( existing->second ).arg( record.id ) );
    }
    records.push_back( record );
  }
  placegap::reading::requireComplete( areas, static_cast<long long>( records.size() ), QStringLiteral( "INPUT" ) );
  return true;
}

// An area joined to its attainment row: usable, censored (classed after the breaks) or neither.
bool PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::joinRecord( AreaRecord &record, AttainmentRecord &row )
{

  bool ok = true;
  if ( record.deprivation.status != NumberStatus::Number )
  {
    const bool isNull = record.deprivation.status == NumberStatus::Null;
    warnings.warn( isNull ? PlaceGap::tr( "NULL deprivation" ) : PlaceGap::tr( "deprivation not a number" ),
                   PlaceGap::tr( "%1 (code '%2'): deprivation field '%3' is %4; its classes are left NULL." ).arg( featureLabel( record.id ), record.code, deprivationField, record.deprivation.problem ) );
    ok = false;
  }
  const placegap::PublishedCell &cell = row.cell;
  if ( !cell.isUsable() )
  {
    warnings.warn( PlaceGap::tr( "attainment %1" ).arg( QString::fromLatin1( placegap::cellStatusName( cell.status ) ) ), PlaceGap::tr( "Attainment %1 (code '%2'); the area's classes are left NULL." ).arg( row.problem.replace( QLatin1String( "; the feature is left out." ), QString() ), record.code ) );
    ok = false;
  }
  if ( !ok )
    return false;
  if ( nationalBreaks && ( record.deprivation.value < 1 || record.deprivation.value > rankCount ) )
    throw QgsProcessingException( PlaceGap::tr( "%1 (code '%2'): rank %3 in field '%4' is outside 1..%5. National breaks need ranks from 1 to the number of areas ranked nationally; set %6 to that number." ).arg( featureLabel( record.id ), record.code ).arg( record.deprivation.value ).arg( deprivationField ).arg( rankCount ).arg( algorithm.named( RANK_COUNT ) ) );
  if ( cell.isCensored() )
  {
    // Classed after the breaks, which the published values alone set.
    record.censored = true;
    censored.push_back( &record );
    return false;
  }
  record.usable = true;
  record.attainment = cell.lower;
  usable.push_back( &record );
  deprivationValues.push_back( highIsMoreDeprived ? -record.deprivation.value : record.deprivation.value );
  attainmentValues.push_back( cell.lower );
  return true;
}

bool PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::join()
{
  for ( AreaRecord &record : records )
  {
    if ( feedback->isCanceled() )
      return false;
    if ( record.code.isEmpty() )
      continue;
    const auto found = attainmentByCode.find( record.code );
    if ( found == attainmentByCode.end() )
    {
      unmatchedInput << record.code;
      continue;
    }
    record.matched = true;
    found->second.matched = true;
    ++matched;
    joinRecord( record, found->second );
  }
  return true;
}

// What joined and what did not; refused when nothing can be classed.
void PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::reportJoin()
{

  for ( const auto &[code, row] : attainmentByCode )
  {
    if ( !row.matched )
      unmatchedAttainment << code;
  }
  std::sort( unmatchedInput.begin(), unmatchedInput.end() );

  // An empty side has no codes to show: say so rather than list nothing.
  if ( unmatchedInput.isEmpty() && matched == 0 )
    throw QgsProcessingException( PlaceGap::tr( "The input layer has no features with a code in field '%1' (it is empty, or every code is NULL): there is nothing to join." ).arg( codeField ) );
  if ( attainmentByCode.empty() )
    throw QgsProcessingException( PlaceGap::tr( "The attainment table has no rows with a code in field '%1' (it is empty, or every code is NULL): there is nothing to join." ).arg( attainmentCodeField ) );
  if ( matched == 0 )
    throw QgsProcessingException( PlaceGap::tr( "No code of field '%1' in the input layer matches a code of field '%2' in the attainment table, so nothing can be joined. Input codes look like: %3. Attainment codes look like: %4." ).arg( codeField, attainmentCodeField, listSome( unmatchedInput, 3 ), listSome( unmatchedAttainment, 3 ) ) );
  if ( !unmatchedInput.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "%n area(s) of the input layer have no attainment row: %1.", nullptr, unmatchedInput.size() ).arg( listSome( unmatchedInput ) ) );
  if ( !unmatchedAttainment.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "%n attainment row(s) match no area of the input layer: %1.", nullptr, unmatchedAttainment.size() ).arg( listSome( unmatchedAttainment ) ) );
  if ( usable.empty() )
    throw QgsProcessingException( PlaceGap::tr( "None of the %n joined area(s) has numbers in both '%1' and '%2'; there is nothing to classify.", nullptr, matched ).arg( deprivationField, attainmentField ) );
}

// Classes on both axes.
void PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::classify()
{
  std::vector<int> deprivationClasses;
  if ( nationalBreaks )
  {
    for ( const AreaRecord *record : usable )
      deprivationClasses.push_back( placegap::classFromRank( record->deprivation.value, rankCount, classes ).value() );
  }
  else
  {
    deprivationClasses = placegap::quantileClasses( deprivationValues, classes );
    deprivationBounds = placegap::classUpperBounds( deprivationValues, deprivationClasses, classes );
    std::vector<double> bounds = deprivationBounds;
    if ( highIsMoreDeprived )
    {
      for ( double &bound : bounds )
        bound = -bound; // back to the score, where the bound is the lowest value of the class
    }
    feedback->pushInfo( PlaceGap::tr( "Deprivation classes (1 = most deprived), %1 value of '%2' in each: %3." ).arg( highIsMoreDeprived ? PlaceGap::tr( "lowest" ) : PlaceGap::tr( "highest" ), deprivationField, describeBounds( bounds ) ) );
  }
  const std::vector<int> attainmentClasses = placegap::quantileClasses( attainmentValues, classes );
  attainmentBounds = placegap::classUpperBounds( attainmentValues, attainmentClasses, classes );
  feedback->pushInfo( PlaceGap::tr( "Attainment classes (1 = lowest), highest value of %1 in each: %2." ).arg( attainmentField, describeBounds( attainmentBounds ) ) );
  const QStringList emptyDeprivation = emptyClasses( deprivationClasses, classes );
  if ( !emptyDeprivation.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "Deprivation class(es) %1 of %2 hold no joined area (too few areas, equal values, or all areas in few national classes)." ).arg( emptyDeprivation.join( QLatin1String( ", " ) ) ).arg( classes ) );
  const QStringList emptyAttainment = emptyClasses( attainmentClasses, classes );
  if ( !emptyAttainment.isEmpty() )
    feedback->pushWarning( PlaceGap::tr( "Attainment class(es) %1 of %2 hold no joined area (too few areas or equal values)." ).arg( emptyAttainment.join( QLatin1String( ", " ) ) ).arg( classes ) );
  for ( std::size_t i = 0; i < usable.size(); ++i )
  {
    usable[i]->deprivationClass = deprivationClasses[i];
    usable[i]->attainmentClass = attainmentClasses[i];
  }
}

// A suppressed or banded value takes the class its whole interval falls in ("97-100%" above the
// top threshold is in the top class), or none when the interval spans classes.
void PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::classCensored()
{
  QStringList spanning;
  for ( AreaRecord *record : censored )
  {
    const placegap::PublishedCell &cell = attainmentByCode[record->code].cell;
    const int attainmentClass = placegap::classOfInterval( attainmentBounds, cell.lower, cell.upper );
    if ( attainmentClass == 0 )
    {
      spanning << record->code;
      continue;
    }
    record->usable = true;
    record->attainmentClass = attainmentClass;
    record->deprivationClass = nationalBreaks ? placegap::classFromRank( record->deprivation.value, rankCount, classes ).value() : placegap::classOfValue( deprivationBounds, highIsMoreDeprived ? -record->deprivation.value : record->deprivation.value );
    ++censoredClassed;
  }
  if ( !censored.empty() )
    feedback->pushInfo( PlaceGap::tr( "%1 of %2 suppressed or banded attainment values fall wholly in one class and are classed; %3 span classes and are left NULL ('%4' says which)." ).arg( censoredClassed ).arg( censored.size() ).arg( spanning.size() ).arg( FIELD_ATTAINMENT_STATUS ) );
}

// Pass 2: copy the areas with their classes.
QString PlaceGapDeprivationAttainmentOverlayAlgorithm::Run::writeAreas()
{
  QgsFields outputFields = areas.fields();
  outputFields.append( placegap::compat::doubleField( FIELD_ATTAINMENT, 20, 6 ) );
  outputFields.append( placegap::compat::intField( FIELD_DEPRIVATION_CLASS ) );
  outputFields.append( placegap::compat::intField( FIELD_ATTAINMENT_CLASS ) );
  outputFields.append( placegap::compat::intField( FIELD_BIVARIATE_CLASS ) );
  outputFields.append( placegap::compat::stringField( FIELD_BIVARIATE_CODE, 3 ) );
  outputFields.append( placegap::compat::stringField( FIELD_DEPRIVATION_LABEL, 20 ) );
  outputFields.append( placegap::compat::stringField( FIELD_ATTAINMENT_LABEL, 30 ) );
  outputFields.append( placegap::compat::stringField( FIELD_BIVARIATE_LABEL, 50 ) );
  outputFields.append( placegap::compat::stringField( FIELD_ATTAINMENT_STATUS, 20 ) );

  std::map<QgsFeatureId, const AreaRecord *> recordById;
  for ( const AreaRecord &record : records )
    recordById[record.id] = &record;
  const bool discardNonMatching = algorithm.parameterAsBoolean( parameters, DISCARD_NONMATCHING, context );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( algorithm.parameterAsSink( parameters, OUTPUT, context, destination, outputFields, areas.wkbType(), areas.sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  long long written = 0;
  QgsFeatureIterator it = areas.getFeatures( QgsFeatureRequest(), placegap::compat::SOURCE_SKIP_GEOMETRY_CHECKS );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QString();
    feedback->setProgress( 40.0 + 60.0 * static_cast<double>( ++written ) / areaTotal );
    const auto found = recordById.find( feature.id() );
    const AreaRecord *record = found == recordById.end() ? nullptr : found->second;
    if ( discardNonMatching && ( !record || !record->matched ) )
      continue;
    QgsAttributes values = feature.attributes();
    QVariant attainmentValue;
    QVariant status;
    if ( record && record->matched )
    {
      const placegap::PublishedCell &cell = attainmentByCode[record->code].cell;
      if ( cell.status == placegap::CellStatus::Value )
        attainmentValue = cell.lower;
      status = QString::fromLatin1( placegap::cellStatusName( cell.status ) );
    }
    values << attainmentValue;
    if ( record && record->usable )
    {
      const int d = record->deprivationClass;
      const int a = record->attainmentClass;
      values << d << a << placegap::bivariateIndex( d, a, classes ) << QString::fromStdString( placegap::bivariateCode( d, a ) )
             << QString::fromStdString( placegap::deprivationLabel( d, classes ) ) << QString::fromStdString( placegap::attainmentLabel( a, classes ) )
             << QString::fromStdString( placegap::bivariateLabel( d, a, classes ) );
    }
    else
    {
      for ( int i = 0; i < 7; ++i )
        values << QVariant();
    }
    values << status;
    feature.setAttributes( values );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
  }
  return destination;
}

QVariantMap PlaceGapDeprivationAttainmentOverlayAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas = requiredSource( parameters, INPUT, context );
  std::unique_ptr<QgsProcessingFeatureSource> attainment = requiredSource( parameters, ATTAINMENT, context );
  const QString problem = layerProblem( *areas, *attainment, parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );

  Run run( *this, parameters, context, feedback, *areas, *attainment );
  if ( !run.readAttainment() || !run.readAreas() || !run.join() )
    return QVariantMap();
  run.reportJoin();
  run.classify();
  run.classCensored();
  feedback->pushInfo( PlaceGap::tr( "Joined %1 of %2 areas; %3 classified on both axes." ).arg( run.matched ).arg( run.records.size() ).arg( run.usable.size() + static_cast<std::size_t>( run.censoredClassed ) ) );
  run.warnings.summarize();

  PlaceGapOutputGuard outputGuard( parameters, OUTPUT, context );
  const QString destination = run.writeAreas();
  if ( destination.isEmpty() )
    return QVariantMap();
  PlaceGapOutputGuard summaryGuard( parameters, CLASS_SUMMARY, context );
  const QString summaryDestination = outputRequested( parameters, CLASS_SUMMARY, context ) ? writeClassSummary( summarise( run.records, run.classes ), run.classes, !run.countField.isEmpty(), parameters, context, feedback ) : QString();
  summaryGuard.keep();
  outputGuard.keep();
  PlaceGapStylePostProcessor::attach( context, destination, PlaceGapStylePostProcessor::Styles { QStringLiteral( "bivariate_%1x%1.qml" ).arg( run.classes ), QStringLiteral( "bivariate_%1x%1_points.qml" ).arg( run.classes ), QString() } );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destination );
  if ( !summaryDestination.isEmpty() )
    outputs.insert( CLASS_SUMMARY, summaryDestination );
  outputs.insert( MATCHED_COUNT, run.matched );
  outputs.insert( UNMATCHED_INPUT_COUNT, run.unmatchedInput.size() );
  outputs.insert( UNMATCHED_ATTAINMENT_COUNT, run.unmatchedAttainment.size() );
  outputs.insert( UNMATCHED_INPUT_CODES, run.unmatchedInput.join( QLatin1Char( ',' ) ) );
  outputs.insert( UNMATCHED_ATTAINMENT_CODES, run.unmatchedAttainment.join( QLatin1Char( ',' ) ) );
  return withProvenance( parameters, outputs );
}

QString PlaceGapDeprivationAttainmentOverlayAlgorithm::writeClassSummary( const ClassSummary &summary, int classes, bool withCount, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  QgsFields fields;
  fields.append( placegap::compat::stringField( FIELD_CLASS ) );
  fields.append( placegap::compat::intField( FIELD_DEPRIVATION_CLASS ) );
  fields.append( placegap::compat::intField( FIELD_ATTAINMENT_CLASS ) );
  fields.append( placegap::compat::stringField( FIELD_BIVARIATE_CODE, 3 ) );
  fields.append( placegap::compat::stringField( FIELD_BIVARIATE_LABEL, 50 ) );
  fields.append( placegap::compat::intField( FIELD_AREAS ) );
  fields.append( placegap::compat::doubleField( FIELD_AREAS_PERCENT, 20, 6 ) );
  fields.append( placegap::compat::doubleField( FIELD_COUNT, 20, 6 ) );
  fields.append( placegap::compat::doubleField( FIELD_COUNT_PERCENT, 20, 6 ) );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, CLASS_SUMMARY, context, destination, fields, placegap::compat::WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem() ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, CLASS_SUMMARY ) );
  for ( const auto &[name, cells] : summary )
  {
    int areas = 0;
    double count = 0;
    for ( const auto &[index, cell] : cells )
    {
      areas += cell.areas;
      count += cell.count;
    }
    // Every cell of the grid, empty ones too, then the joined areas that could not be classified.
    for ( int index = 1; index <= classes * classes + 1; ++index )
    {
      const int bivariate = index <= classes * classes ? index : 0;
      const auto found = cells.find( bivariate );
      const PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassCell cell = found == cells.end() ? PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassCell() : found->second;
      QgsAttributes values;
      values << name;
      if ( bivariate > 0 )
      {
        const int d = ( bivariate - 1 ) / classes + 1;
        const int a = ( bivariate - 1 ) % classes + 1;
        values << d << a << QString::fromStdString( placegap::bivariateCode( d, a ) ) << QString::fromStdString( placegap::bivariateLabel( d, a, classes ) );
      }
      else
        values << QVariant() << QVariant() << QVariant() << PlaceGap::tr( "not classified (no attainment class)" );
      values << cell.areas << 100.0 * cell.areas / areas;
      values << ( withCount ? QVariant( cell.count ) : QVariant() ) << ( withCount && count > 0 ? QVariant( 100.0 * cell.count / count ) : QVariant() );
      QgsFeature row( fields );
      row.setAttributes( values );
      if ( !sink->addFeature( row, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, CLASS_SUMMARY ) );
    }
    const auto unclassified = cells.find( 0 );
    const PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassCell notClassified = unclassified == cells.end() ? PlaceGapDeprivationAttainmentOverlayAlgorithm::ClassCell() : unclassified->second;
    feedback->pushInfo( withCount ? PlaceGap::tr( "Class '%1': %2 joined areas, %3 of them not classified (%4 of its %5 counted people)." ).arg( name ).arg( areas ).arg( notClassified.areas ).arg( notClassified.count, 0, 'f', 0 ).arg( count, 0, 'f', 0 )
                                  : PlaceGap::tr( "Class '%1': %2 joined areas, %3 of them not classified." ).arg( name ).arg( areas ).arg( notClassified.areas ) );
  }
  return destination;
}
