/***************************************************************************
  testnetworkpresetsalgorithm.cpp - networks as councils hold them: OSM in EPSG:4326, OS products
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsdistancearea.h"
#include "qgsfeature.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingutils.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace
{
  const QString MONACO = QStringLiteral( PLACEGAP_SOURCE_DATA_DIR "/osm-monaco/monaco.osm.pbf|layername=lines" );
  using Minutes = QMap<QPair<QString, QString>, QVariant>;

  enum Preset
  {
    Custom = 0,
    OpenStreetMap = 1,
    OsOpenRoads = 2,
    OsHighways = 3,
  };
} // namespace

class TestNetworkPresetsAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void osmInDegreesMatchesItsProjectedCopy();
    void osmFerryWayWithDuration();
    void osOpenRoadsNeedsNoMapping();
    void osHighwaysDirectionality();

  private:
    QgsVectorLayer *keep( QgsVectorLayer *layer )
    {
      mLayers << layer;
      return layer;
    }
    QgsVectorLayer *sites( const QString &crs, const QList<QPair<QString, QString>> &named ) { return keep( placegaptest::namedLayer( QStringLiteral( "Point?crs=%1" ).arg( crs ), named, QStringLiteral( "sites" ) ) ); }
    //! Matrix minutes by (origin name, destination name), every site to every site.
    Minutes matrix( const QVariant &network, Preset preset, QgsVectorLayer *sites, QString *error = nullptr );

    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QList<QgsVectorLayer *> mLayers;
    QTemporaryDir mDir;
};

void TestNetworkPresetsAlgorithm::initTestCase()
{
  placegaptest::startQgis();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestNetworkPresetsAlgorithm::cleanupTestCase()
{
  qDeleteAll( mLayers );
  mContext.reset();
  QgsApplication::exitQgis();
}

Minutes TestNetworkPresetsAlgorithm::matrix( const QVariant &network, Preset preset, QgsVectorLayer *siteLayer, QString *error )
{
  const QVariantMap parameters {
      { "INPUT", network },
      { "NETWORK_PRESET", static_cast<int>( preset ) },
      { "GRAPH_CACHE", false },
      { "ORIGINS", QVariant::fromValue( siteLayer ) },
      { "ORIGIN_ID_FIELD", "name" },
      { "DESTINATIONS", QVariant::fromValue( siteLayer ) },
      { "DESTINATION_ID_FIELD", "name" },
      { "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT },
  };
  Minutes minutes;
  mFeedback.warnings.clear();
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:traveltimematrix" ), parameters, *mContext, mFeedback, error );
  QgsVectorLayer *output = results.isEmpty() ? nullptr : qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( results.value( "OUTPUT" ).toString(), *mContext ) );
  if ( !output )
    return minutes;
  QgsFeature feature;
  QgsFeatureIterator it = output->getFeatures();
  while ( it.nextFeature( feature ) )
    minutes.insert( qMakePair( feature.attribute( "origin_id" ).toString(), feature.attribute( "dest_id" ).toString() ), feature.attribute( "minutes" ) );
  return minutes;
}

void TestNetworkPresetsAlgorithm::osmInDegreesMatchesItsProjectedCopy()
{
  // The shipped OSM extract as OGR reads it (EPSG:4326, tags in other_tags), and a copy
  // reprojected by QGIS to ETRS89-LAEA (EPSG:3035): the same minutes within 0.5 %.
  const QList<QPair<QString, QString>> places { { "palace", "Point(7.4205 43.7311)" }, { "casino", "Point(7.4283 43.7395)" }, { "fontvieille", "Point(7.4160 43.7290)" }, { "larvotto", "Point(7.4355 43.7460)" }, { "station", "Point(7.4196 43.7390)" } };
  QgsVectorLayer *siteLayer = sites( QStringLiteral( "EPSG:4326" ), places );
  auto *degrees = keep( new QgsVectorLayer( MONACO, QStringLiteral( "monaco" ), QStringLiteral( "ogr" ) ) );
  QVERIFY( degrees->isValid() );
  QString error;
  const Minutes fromDegrees = matrix( QVariant::fromValue( degrees ), OpenStreetMap, siteLayer, &error );
  QVERIFY2( fromDegrees.size() == 25, qPrintable( error ) );
  // Built in UTM 32 N; railways, rivers and footways left out and said so.
  QVERIFY( std::none_of( fromDegrees.begin(), fromDegrees.end(), []( const QVariant &v )
                         { return v.isNull(); } ) );

  const QString projected = mDir.filePath( QStringLiteral( "monaco_3035.gpkg" ) );
  QVERIFY2( !placegaptest::runAlgorithm( QStringLiteral( "native:reprojectlayer" ), { { "INPUT", QVariant::fromValue( degrees ) }, { "TARGET_CRS", QStringLiteral( "EPSG:3035" ) }, { "OUTPUT", projected } }, *mContext, mFeedback, &error ).isEmpty(), qPrintable( error ) );
  const Minutes fromMetres = matrix( projected, OpenStreetMap, siteLayer, &error );
  QCOMPARE( fromMetres.size(), 25 );
  int moving = 0;
  for ( auto it = fromDegrees.constBegin(); it != fromDegrees.constEnd(); ++it )
  {
    const double a = it.value().toDouble();
    const double b = fromMetres.value( it.key() ).toDouble();
    if ( it.key().first == it.key().second )
      continue;
    ++moving;
    QVERIFY2( std::abs( a / b - 1.0 ) < 0.005, qPrintable( QStringLiteral( "%1 -> %2: %3 min in EPSG:4326, %4 in EPSG:3035" ).arg( it.key().first, it.key().second ).arg( a ).arg( b ) ) );
  }
  QCOMPARE( moving, 20 );
  // The preset reads one-way streets: somewhere in Monaco there and back differ.
  bool asymmetric = false;
  for ( auto it = fromDegrees.constBegin(); it != fromDegrees.constEnd(); ++it )
    asymmetric = asymmetric || std::abs( it.value().toDouble() - fromDegrees.value( qMakePair( it.key().second, it.key().first ) ).toDouble() ) > 0.05;
  QVERIFY( asymmetric );
  // Monaco's one route=ferry way has no duration: taken by its length, with a warning naming it.
  QVERIFY( !mFeedback.warningsWith( { "route=ferry", "without a duration" } ).isEmpty() );
}

void TestNetworkPresetsAlgorithm::osmFerryWayWithDuration()
{
  // As QuickOSM writes ways (a field per key), in EPSG:4326 along 56.5 N:
  //   W (-6.00) -- residential -- P (-5.99) ~~ route=ferry, duration 00:30 ~~ Q (-5.95) -- residential, oneway=-1 -- E (-5.94)
  // E -> W: road, 30 minutes of ferry, road (each road 0.01 degree at 32 km/h).
  // W -> E: the last road may only be driven from E towards Q: unreachable.
  QgsVectorLayer *network = keep( placegaptest::memoryLayer( QStringLiteral( "LineString?crs=EPSG:4326&field=highway:string&field=oneway:string&field=route:string&field=duration:string" ),
                                                             {
                                                                 { "LineString(-6.00 56.5, -5.99 56.5)", QgsAttributes() << "residential" << QVariant() << QVariant() << QVariant() },
                                                                 { "LineString(-5.99 56.5, -5.95 56.5)", QgsAttributes() << QVariant() << QVariant() << "ferry"
                                                                                                                         << "00:30" },
                                                                 { "LineString(-5.95 56.5, -5.94 56.5)", QgsAttributes() << "residential"
                                                                                                                         << "-1" << QVariant() << QVariant() },
                                                             } ) );
  QgsVectorLayer *siteLayer = sites( QStringLiteral( "EPSG:4326" ), { { "W", "Point(-6.00 56.5)" }, { "E", "Point(-5.94 56.5)" } } );
  QString error;
  const Minutes minutes = matrix( QVariant::fromValue( network ), OpenStreetMap, siteLayer, &error );
  QVERIFY2( minutes.size() == 4, qPrintable( error ) );
  QgsDistanceArea ellipsoid;
  ellipsoid.setSourceCrs( QgsCoordinateReferenceSystem( "EPSG:4326" ), QgsProject::instance()->transformContext() );
  ellipsoid.setEllipsoid( QStringLiteral( "EPSG:7030" ) );
  const double roadMinutes = ellipsoid.measureLine( QgsPointXY( -6.00, 56.5 ), QgsPointXY( -5.99, 56.5 ) ) / 1000.0 / 32.0 * 60.0;
  const double expected = 30.0 + 2 * roadMinutes;
  QVERIFY2( std::abs( minutes.value( { "E", "W" } ).toDouble() / expected - 1.0 ) < 0.005, qPrintable( QStringLiteral( "%1 against %2" ).arg( minutes.value( { "E", "W" } ).toDouble() ).arg( expected ) ) );
  QVERIFY( minutes.value( { "W", "E" } ).isNull() );
}

void TestNetworkPresetsAlgorithm::osOpenRoadsNeedsNoMapping()
{
  // OS Open Roads RoadLink fields as published (GeoPackage): no field is mapped by hand.
  // S (0,0) -- A Road function, 1 km (72 km/h) -- M (1000,0) -- Local Road, 1 km (32 km/h) -- T (2000,0)
  // 1000/72*60/1000 + 1000/32*60/1000 = 0.83333 + 1.875 = 2.70833 minutes, both ways (no one-way data).
  const QString fields = QStringLiteral( "field=id:string&field=fictitious:boolean&field=road_classification:string&field=road_function:string&field=form_of_way:string&field=length:integer&field=length_uom:string&field=loop:boolean&field=primary_route:boolean&field=trunk_road:boolean&field=start_node:string&field=end_node:string&field=name_1:string" );
  QgsVectorLayer *network = keep( placegaptest::memoryLayer( QStringLiteral( "LineString?crs=EPSG:27700&" ) + fields,
                                                             {
                                                                 { "LineString(0 0, 1000 0)", QgsAttributes() << "L1" << false << "A Road"
                                                                                                              << "A Road"
                                                                                                              << "Single Carriageway" << 1000 << "m" << false << true << false << "N1"
                                                                                                              << "N2"
                                                                                                              << "Main Street" },
                                                                 { "LineString(1000 0, 2000 0)", QgsAttributes() << "L2" << false << "Unclassified"
                                                                                                                 << "Local Road"
                                                                                                                 << "Single Carriageway" << 1000 << "m" << false << false << false << "N2"
                                                                                                                 << "N3"
                                                                                                                 << "Back Lane" },
                                                             } ) );
  QgsVectorLayer *siteLayer = sites( QStringLiteral( "EPSG:27700" ), { { "S", "Point(0 0)" }, { "T", "Point(2000 0)" } } );
  QString error;
  const Minutes minutes = matrix( QVariant::fromValue( network ), OsOpenRoads, siteLayer, &error );
  QVERIFY2( minutes.size() == 4, qPrintable( error ) );
  QVERIFY( std::abs( minutes.value( { "S", "T" } ).toDouble() - 2.708333 ) < 1e-5 );
  QVERIFY( std::abs( minutes.value( { "T", "S" } ).toDouble() - 2.708333 ) < 1e-5 );
  QVERIFY( mFeedback.warningsWith( { "speed table" } ).isEmpty() );
}

void TestNetworkPresetsAlgorithm::osHighwaysDirectionality()
{
  // OS MasterMap Highways RoadLink fields (camelCase, as in its GML and GeoPackage):
  //   A (0,0) --inDirection, Minor Road 48 km/h--> B (1000,0)
  //   A (0,0) -- (0,1000) -- (1000,1000) -- B: Local Road, 32 km/h, both ways, 3 km
  //   a short cut A -- B under construction (left out).
  // A -> B: 1000/48*60/1000 = 1.25 min. B -> A: round the loop, 3000/32*60/1000 = 5.625 min.
  const QString fields = QStringLiteral( "field=toid:string&field=roadClassification:string&field=routeHierarchy:string&field=formOfWay:string&field=directionality:string&field=operationalState:string&field=length:double" );
  QgsVectorLayer *network = keep( placegaptest::memoryLayer( QStringLiteral( "LineString?crs=EPSG:27700&" ) + fields,
                                                             {
                                                                 { "LineString(0 0, 1000 0)", QgsAttributes() << "osgb1"
                                                                                                              << "Unclassified"
                                                                                                              << "Minor Road"
                                                                                                              << "Single Carriageway"
                                                                                                              << "inDirection"
                                                                                                              << "Open" << 1000.0 },
                                                                 { "LineString(0 0, 0 1000, 1000 1000, 1000 0)", QgsAttributes() << "osgb2"
                                                                                                                                 << "Unclassified"
                                                                                                                                 << "Local Road"
                                                                                                                                 << "Single Carriageway"
                                                                                                                                 << "bothDirections"
                                                                                                                                 << "Open" << 3000.0 },
                                                                 { "LineString(0 0, 500 -100, 1000 0)", QgsAttributes() << "osgb3"
                                                                                                                        << "Unclassified"
                                                                                                                        << "Local Road"
                                                                                                                        << "Single Carriageway"
                                                                                                                        << "bothDirections"
                                                                                                                        << "Under Construction" << 1020.0 },
                                                             } ) );
  QgsVectorLayer *siteLayer = sites( QStringLiteral( "EPSG:27700" ), { { "A", "Point(0 0)" }, { "B", "Point(1000 0)" } } );
  QString error;
  const Minutes minutes = matrix( QVariant::fromValue( network ), OsHighways, siteLayer, &error );
  QVERIFY2( minutes.size() == 4, qPrintable( error ) );
  QVERIFY2( std::abs( minutes.value( { "A", "B" } ).toDouble() - 1.25 ) < 1e-6, qPrintable( minutes.value( { "A", "B" } ).toString() ) );
  QVERIFY2( std::abs( minutes.value( { "B", "A" } ).toDouble() - 5.625 ) < 1e-6, qPrintable( minutes.value( { "B", "A" } ).toString() ) );
}

QTEST_MAIN( TestNetworkPresetsAlgorithm )
#include "testnetworkpresetsalgorithm.moc"
