/***************************************************************************
  placegapattainmentcells.cpp - attainment as published: a value, or an interval
 ***************************************************************************/
#include "placegapattainmentcells.h"

#include "placegapalgorithm.h"
#include "placegapattributes.h"
#include "placegapcompat.h"
#include "placegaptr.h"

#include "qgsfeature.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingparameters.h"

#include <cmath>

using namespace placegap::attributes;

const QString PlaceGapAttainmentCells::ATTAINMENT_FIELD = QStringLiteral( "ATTAINMENT_FIELD" );
const QString PlaceGapAttainmentCells::ATTAINMENT_LOWER_FIELD = QStringLiteral( "ATTAINMENT_LOWER_FIELD" );
const QString PlaceGapAttainmentCells::ATTAINMENT_UPPER_FIELD = QStringLiteral( "ATTAINMENT_UPPER_FIELD" );
const QString PlaceGapAttainmentCells::SUPPRESSED_MIN = QStringLiteral( "SUPPRESSED_MIN" );
const QString PlaceGapAttainmentCells::SUPPRESSED_MAX = QStringLiteral( "SUPPRESSED_MAX" );
const QString PlaceGapAttainmentCells::LABEL_FIELD = QStringLiteral( "LABEL_FIELD" );

namespace
{
  QString stringParameter( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context )
  {
    return QgsProcessingParameters::parameterAsString( algorithm.parameterDefinition( name ), parameters, context );
  }

  double doubleParameter( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context )
  {
    return QgsProcessingParameters::parameterAsDouble( algorithm.parameterDefinition( name ), parameters, context );
  }
} // namespace

QList<QgsProcessingParameterDefinition *> PlaceGapAttainmentCells::parameters( const QString &parentLayer, const QString &valueDescription )
{
  QList<QgsProcessingParameterDefinition *> definitions;
  definitions << new QgsProcessingParameterField( ATTAINMENT_FIELD, valueDescription, QVariant(), parentLayer, placegap::compat::FIELD_ANY, false, true );
  definitions << new QgsProcessingParameterField( ATTAINMENT_LOWER_FIELD, PlaceGap::tr( "…or the lower end of its interval" ), QVariant(), parentLayer, placegap::compat::FIELD_NUMERIC, false, true );
  definitions << new QgsProcessingParameterField( ATTAINMENT_UPPER_FIELD, PlaceGap::tr( "…and the upper end of its interval" ), QVariant(), parentLayer, placegap::compat::FIELD_NUMERIC, false, true );
  auto *lowest = new QgsProcessingParameterNumber( SUPPRESSED_MIN, PlaceGap::tr( "Lowest value a suppressed cell can hold" ), placegap::compat::NUMBER_DOUBLE, 0.0 );
  auto *highest = new QgsProcessingParameterNumber( SUPPRESSED_MAX, PlaceGap::tr( "Highest value a suppressed cell can hold" ), placegap::compat::NUMBER_DOUBLE, 100.0 );
  lowest->setFlags( lowest->flags() | placegap::compat::PARAMETER_ADVANCED );
  highest->setFlags( highest->flags() | placegap::compat::PARAMETER_ADVANCED );
  definitions << lowest << highest;
  definitions << new QgsProcessingParameterField( LABEL_FIELD, PlaceGap::tr( "Name field for messages, e.g. school name (optional)" ), QVariant(), parentLayer, placegap::compat::FIELD_ANY, false, true );
  return definitions;
}

QString PlaceGapAttainmentCells::problem( const QgsProcessingAlgorithm &algorithm, const QgsFields &fields, const QVariantMap &parameters, QgsProcessingContext &context, const QString &layerName )
{
  const QString value = stringParameter( algorithm, parameters, ATTAINMENT_FIELD, context );
  const QString lower = stringParameter( algorithm, parameters, ATTAINMENT_LOWER_FIELD, context );
  const QString upper = stringParameter( algorithm, parameters, ATTAINMENT_UPPER_FIELD, context );
  if ( lower.isEmpty() != upper.isEmpty() )
    return PlaceGap::tr( "Choose both ends of the attainment interval ('…or the lower end of its interval' and '…and the upper end of its interval'; ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD), or neither." );
  if ( value.isEmpty() && lower.isEmpty() )
    return PlaceGap::tr( "Choose the attainment field (a value, or published text such as '[c]' or '97-100%'; ATTAINMENT_FIELD), or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD)." );
  if ( !value.isEmpty() && !lower.isEmpty() )
    return PlaceGap::tr( "Choose the attainment field (ATTAINMENT_FIELD) or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD / ATTAINMENT_UPPER_FIELD), not both: they would say two things about the same value." );
  for ( const auto &[parameter, field] : { std::make_pair( ATTAINMENT_FIELD, value ), std::make_pair( ATTAINMENT_LOWER_FIELD, lower ), std::make_pair( ATTAINMENT_UPPER_FIELD, upper ), std::make_pair( LABEL_FIELD, stringParameter( algorithm, parameters, LABEL_FIELD, context ) ) } )
  {
    if ( field.isEmpty() )
      continue;
    const QString missing = missingField( fields, field, PlaceGapAlgorithm::named( algorithm, parameter ), layerName );
    if ( !missing.isEmpty() )
      return missing;
  }
  const double lowest = doubleParameter( algorithm, parameters, SUPPRESSED_MIN, context );
  const double highest = doubleParameter( algorithm, parameters, SUPPRESSED_MAX, context );
  if ( !( lowest <= highest ) )
    return PlaceGap::tr( "'Lowest value a suppressed cell can hold' (SUPPRESSED_MIN, %1) is above 'Highest value a suppressed cell can hold' (SUPPRESSED_MAX, %2): a suppressed value would have nowhere to lie." ).arg( lowest ).arg( highest );
  return QString();
}

PlaceGapAttainmentCells::PlaceGapAttainmentCells( const QgsProcessingAlgorithm &algorithm, const QgsFields &fields, const QVariantMap &parameters, QgsProcessingContext &context )
    : mValueField( stringParameter( algorithm, parameters, ATTAINMENT_FIELD, context ) ), mLowerField( stringParameter( algorithm, parameters, ATTAINMENT_LOWER_FIELD, context ) ), mUpperField( stringParameter( algorithm, parameters, ATTAINMENT_UPPER_FIELD, context ) )
{
  const QString labelField = stringParameter( algorithm, parameters, LABEL_FIELD, context );
  mValueIndex = mValueField.isEmpty() ? -1 : fields.lookupField( mValueField );
  mLowerIndex = mLowerField.isEmpty() ? -1 : fields.lookupField( mLowerField );
  mUpperIndex = mUpperField.isEmpty() ? -1 : fields.lookupField( mUpperField );
  mLabelIndex = labelField.isEmpty() ? -1 : fields.lookupField( labelField );
  mSuppressed.lowest = doubleParameter( algorithm, parameters, SUPPRESSED_MIN, context );
  mSuppressed.highest = doubleParameter( algorithm, parameters, SUPPRESSED_MAX, context );
}

QList<int> PlaceGapAttainmentCells::attributeIndexes() const
{
  QList<int> indexes;
  for ( const int index : { mValueIndex, mLowerIndex, mUpperIndex, mLabelIndex } )
  {
    if ( index >= 0 )
      indexes << index;
  }
  return indexes;
}

placegap::PublishedCell PlaceGapAttainmentCells::read( const QgsFeature &feature ) const
{
  placegap::PublishedCell cell;
  cell.lower = cell.upper = std::nan( "" );
  if ( mLowerIndex < 0 )
  {
    const QVariant value = feature.attribute( mValueIndex );
    if ( placegap::compat::isNull( value ) )
      return cell;
    if ( value.userType() == QMetaType::QString || value.userType() == QMetaType::QByteArray )
      return placegap::parsePublishedCell( value.toString().toStdString(), mSuppressed );
    const Number number = readNumber( value );
    cell.status = number.status == NumberStatus::Number ? placegap::CellStatus::Value : placegap::CellStatus::Unreadable;
    if ( number.status == NumberStatus::Number )
      cell.lower = cell.upper = number.value;
    return cell;
  }
  const Number lower = readNumber( feature.attribute( mLowerIndex ) );
  const Number upper = readNumber( feature.attribute( mUpperIndex ) );
  if ( lower.status == NumberStatus::Null && upper.status == NumberStatus::Null )
    return cell;
  if ( lower.status != NumberStatus::Number || upper.status != NumberStatus::Number )
  {
    cell.status = placegap::CellStatus::Unreadable;
    return cell;
  }
  if ( lower.value > upper.value )
    throw QgsProcessingException( PlaceGap::tr( "%1: the lower end %2 of its attainment interval ('%3') is above the upper end %4 ('%5')." ).arg( label( feature ) ).arg( lower.value ).arg( mLowerField ).arg( upper.value ).arg( mUpperField ) );
  cell.lower = lower.value;
  cell.upper = upper.value;
  if ( lower.value == upper.value )
    cell.status = placegap::CellStatus::Value;
  else if ( lower.value <= mSuppressed.lowest && upper.value >= mSuppressed.highest )
    cell.status = placegap::CellStatus::Suppressed;
  else
    cell.status = placegap::CellStatus::Banded;
  return cell;
}

QString PlaceGapAttainmentCells::unusableReason( const QgsFeature &feature, const placegap::PublishedCell &cell ) const
{
  if ( cell.isUsable() )
    return QString();
  const QString who = label( feature );
  if ( mLowerIndex >= 0 )
  {
    if ( cell.status == placegap::CellStatus::Empty )
      return PlaceGap::tr( "%1: fields '%2' and '%3' are NULL; the feature is left out." ).arg( who, mLowerField, mUpperField );
    return PlaceGap::tr( "%1: fields '%2' and '%3' hold '%4' and '%5', which is not an interval of numbers; the feature is left out." ).arg( who, mLowerField, mUpperField, feature.attribute( mLowerIndex ).toString(), feature.attribute( mUpperIndex ).toString() );
  }
  const QString text = feature.attribute( mValueIndex ).toString();
  switch ( cell.status )
  {
  case placegap::CellStatus::Empty:
    return PlaceGap::tr( "%1: field '%2' is NULL or empty; the feature is left out." ).arg( who, mValueField );
  case placegap::CellStatus::NotApplicable:
    return PlaceGap::tr( "%1: field '%2' holds '%3' (not applicable or not available); the feature is left out." ).arg( who, mValueField, text );
  default:
    return PlaceGap::tr( "%1: field '%2' holds '%3', which is neither a number, a suppressed cell ('[c]', '*'), a band ('97-100%', '<5', '>95') nor 'not applicable' ('z', 'x', '-'); the feature is left out." ).arg( who, mValueField, text );
  }
}

QString PlaceGapAttainmentCells::label( const QgsFeature &feature ) const
{
  const QString base = featureLabel( feature.id() );
  if ( mLabelIndex < 0 )
    return base;
  const QString name = feature.attribute( mLabelIndex ).toString().trimmed();
  return name.isEmpty() ? base : QStringLiteral( "%1 (%2)" ).arg( base, name );
}

QString PlaceGapAttainmentCells::fieldsText() const
{
  return mLowerIndex >= 0 ? QStringLiteral( "'%1'/'%2'" ).arg( mLowerField, mUpperField ) : QStringLiteral( "'%1'" ).arg( mValueField );
}
