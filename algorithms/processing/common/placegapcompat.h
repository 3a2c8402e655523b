/***************************************************************************
  placegapcompat.h - one spelling for QGIS API that moved between 3.22 and 4.x
 ***************************************************************************/
#ifndef PLACEGAPCOMPAT_H
#define PLACEGAPCOMPAT_H

#include "qgsconfig.h"
#include "qgsfeaturerequest.h"
#include "qgsfield.h"
#include "qgsprocessing.h"
#include "qgsprocessingparameters.h"
#include "qgsprocessingutils.h"
#include "qgsunittypes.h"
#include "qgswkbtypes.h"
#if _QGIS_VERSION_INT >= 32800
#include "qgsvariantutils.h"
#endif

// QGIS 3.36 moved the Processing enums into Qgis:: and 3.38 moved field types to QMetaType;
// QGIS 4 removed the old spellings. These aliases keep the algorithms free of #ifs.
namespace placegap::compat
{
#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::ProcessingSourceType SOURCE_ANY_VECTOR = Qgis::ProcessingSourceType::Vector;
  constexpr Qgis::ProcessingFieldParameterDataType FIELD_NUMERIC = Qgis::ProcessingFieldParameterDataType::Numeric;
  constexpr Qgis::ProcessingFieldParameterDataType FIELD_ANY = Qgis::ProcessingFieldParameterDataType::Any;
  constexpr Qgis::ProcessingNumberParameterType NUMBER_INTEGER = Qgis::ProcessingNumberParameterType::Integer;
  constexpr Qgis::ProcessingNumberParameterType NUMBER_DOUBLE = Qgis::ProcessingNumberParameterType::Double;
#else
  constexpr QgsProcessing::SourceType SOURCE_ANY_VECTOR = QgsProcessing::TypeVector;
  constexpr QgsProcessingParameterField::DataType FIELD_NUMERIC = QgsProcessingParameterField::Numeric;
  constexpr QgsProcessingParameterField::DataType FIELD_ANY = QgsProcessingParameterField::Any;
  constexpr QgsProcessingParameterNumber::Type NUMBER_INTEGER = QgsProcessingParameterNumber::Integer;
  constexpr QgsProcessingParameterNumber::Type NUMBER_DOUBLE = QgsProcessingParameterNumber::Double;
#endif

#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::FeatureRequestFlag REQUEST_NO_GEOMETRY = Qgis::FeatureRequestFlag::NoGeometry;
#else
  constexpr QgsFeatureRequest::Flag REQUEST_NO_GEOMETRY = QgsFeatureRequest::NoGeometry;
#endif

#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::ProcessingFeatureSourceFlag SOURCE_SKIP_GEOMETRY_CHECKS = Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
#else
  constexpr QgsProcessingFeatureSource::Flag SOURCE_SKIP_GEOMETRY_CHECKS = QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
#endif

#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::ProcessingFileParameterBehavior FILE_BEHAVIOR_FOLDER = Qgis::ProcessingFileParameterBehavior::Folder;
#else
  constexpr QgsProcessingParameterFile::Behavior FILE_BEHAVIOR_FOLDER = QgsProcessingParameterFile::Folder;
#endif

#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::ProcessingParameterFlag PARAMETER_HIDDEN = Qgis::ProcessingParameterFlag::Hidden;
  constexpr Qgis::ProcessingParameterFlag PARAMETER_OPTIONAL = Qgis::ProcessingParameterFlag::Optional;
  constexpr Qgis::ProcessingParameterFlag PARAMETER_ADVANCED = Qgis::ProcessingParameterFlag::Advanced;
#else
  constexpr QgsProcessingParameterDefinition::Flag PARAMETER_HIDDEN = QgsProcessingParameterDefinition::FlagHidden;
  constexpr QgsProcessingParameterDefinition::Flag PARAMETER_OPTIONAL = QgsProcessingParameterDefinition::FlagOptional;
  constexpr QgsProcessingParameterDefinition::Flag PARAMETER_ADVANCED = QgsProcessingParameterDefinition::FlagAdvanced;
#endif

#if _QGIS_VERSION_INT >= 33000
  constexpr Qgis::DistanceUnit DISTANCE_METERS = Qgis::DistanceUnit::Meters;
#else
  constexpr QgsUnitTypes::DistanceUnit DISTANCE_METERS = QgsUnitTypes::DistanceMeters;
#endif

#if _QGIS_VERSION_INT >= 33600
  constexpr Qgis::ProcessingSourceType SOURCE_LINE = Qgis::ProcessingSourceType::VectorLine;
  constexpr Qgis::ProcessingSourceType SOURCE_POINT = Qgis::ProcessingSourceType::VectorPoint;
  constexpr Qgis::ProcessingSourceType SOURCE_POLYGON = Qgis::ProcessingSourceType::VectorPolygon;
#else
  constexpr QgsProcessing::SourceType SOURCE_LINE = QgsProcessing::TypeVectorLine;
  constexpr QgsProcessing::SourceType SOURCE_POINT = QgsProcessing::TypeVectorPoint;
  constexpr QgsProcessing::SourceType SOURCE_POLYGON = QgsProcessing::TypeVectorPolygon;
#endif

  // QGIS 3.30 moved the WKB and geometry type enums into Qgis::.
#if _QGIS_VERSION_INT >= 33000
  using WkbType = Qgis::WkbType;
  constexpr Qgis::WkbType WKB_NO_GEOMETRY = Qgis::WkbType::NoGeometry;
  constexpr Qgis::GeometryType GEOMETRY_POLYGON = Qgis::GeometryType::Polygon;
  constexpr Qgis::GeometryType GEOMETRY_POINT = Qgis::GeometryType::Point;
  constexpr Qgis::GeometryType GEOMETRY_LINE = Qgis::GeometryType::Line;
  constexpr Qgis::WkbType WKB_POINT = Qgis::WkbType::Point;
  constexpr Qgis::WkbType WKB_LINESTRING = Qgis::WkbType::LineString;
  constexpr Qgis::WkbType WKB_MULTIPOLYGON = Qgis::WkbType::MultiPolygon;
  inline bool isLineType( Qgis::WkbType type )
  {
    return QgsWkbTypes::geometryType( type ) == Qgis::GeometryType::Line;
  }
  inline bool isPointOrPolygonType( Qgis::WkbType type )
  {
    return QgsWkbTypes::geometryType( type ) == Qgis::GeometryType::Point || QgsWkbTypes::geometryType( type ) == Qgis::GeometryType::Polygon;
  }
#else
  using WkbType = QgsWkbTypes::Type;
  constexpr QgsWkbTypes::Type WKB_NO_GEOMETRY = QgsWkbTypes::NoGeometry;
  constexpr QgsWkbTypes::GeometryType GEOMETRY_POLYGON = QgsWkbTypes::PolygonGeometry;
  constexpr QgsWkbTypes::GeometryType GEOMETRY_POINT = QgsWkbTypes::PointGeometry;
  constexpr QgsWkbTypes::GeometryType GEOMETRY_LINE = QgsWkbTypes::LineGeometry;
  constexpr QgsWkbTypes::Type WKB_POINT = QgsWkbTypes::Point;
  constexpr QgsWkbTypes::Type WKB_LINESTRING = QgsWkbTypes::LineString;
  constexpr QgsWkbTypes::Type WKB_MULTIPOLYGON = QgsWkbTypes::MultiPolygon;
  inline bool isLineType( QgsWkbTypes::Type type )
  {
    return QgsWkbTypes::geometryType( type ) == QgsWkbTypes::LineGeometry;
  }
  inline bool isPointOrPolygonType( QgsWkbTypes::Type type )
  {
    return QgsWkbTypes::geometryType( type ) == QgsWkbTypes::PointGeometry || QgsWkbTypes::geometryType( type ) == QgsWkbTypes::PolygonGeometry;
  }
#endif

  //! Whether a source parameter's definition takes a layer's every feature: not the selection, no limit, no filter (QGIS 3.32 added filters).
  inline bool readsWholeLayer( const QgsProcessingFeatureSourceDefinition &definition )
  {
#if _QGIS_VERSION_INT >= 33200
    if ( !definition.filterExpression.isEmpty() )
      return false;
#endif
    return !definition.selectedFeaturesOnly && definition.featureLimit < 0;
  }

  //! True for a NULL attribute value, whichever way the Qt and QGIS at hand spell it.
  inline bool isNull( const QVariant &value )
  {
#if _QGIS_VERSION_INT >= 32800
    return QgsVariantUtils::isNull( value );
#else
    return value.isNull();
#endif
  }

  inline QgsField intField( const QString &name )
  {
#if _QGIS_VERSION_INT >= 33800
    return QgsField( name, QMetaType::Type::Int );
#else
    return QgsField( name, QVariant::Int );
#endif
  }

  inline QgsField doubleField( const QString &name, int length, int precision )
  {
#if _QGIS_VERSION_INT >= 33800
    return QgsField( name, QMetaType::Type::Double, QString(), length, precision );
#else
    return QgsField( name, QVariant::Double, QString(), length, precision );
#endif
  }

  //! A text field of a given width (0 = unlimited).
  inline QgsField stringField( const QString &name, int length = 0 )
  {
#if _QGIS_VERSION_INT >= 33800
    return QgsField( name, QMetaType::Type::QString, QString(), length );
#else
    return QgsField( name, QVariant::String, QString(), length );
#endif
  }
} // namespace placegap::compat

#endif // PLACEGAPCOMPAT_H
