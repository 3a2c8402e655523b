/***************************************************************************
  testislandflagalgorithm.cpp - placegap:islandflag on a hand-built archipelago
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace
{
  const QString ALGORITHM = QStringLiteral( "placegap:islandflag" );

  struct Row
  {
      QVariant onIsland, part, partKm, minutes;
  };

  /*
   * EPSG:27700, metres; roads 36 km/h = 10 m/s; FERRY_WAIT 5 min.
   *
   *   mainland  (0,0) ---- (1000,0) ---- (1000,1000) == bridge == (1000,1100) ---- (1200,1100)   2300 m
   *               ~
   *               ~ ferry 20 min
   *   island A  (0,-5000) ---- (300,-5000)                                                       300 m
   *                              ~ ferry 15 min
   *   island B               (300,-9000) ---- (500,-9000)                                        200 m
   *
   *   island C  (5000,5000) ---- (5100,5000)   no ferry                                          100 m
   */
  const QList<QPair<QString, QVariant>> ARCHIPELAGO {
      { "LineString(0 0, 1000 0)", QVariant() },
      { "LineString(1000 0, 1000 1000)", QVariant() },
      { "LineString(1000 1000, 1000 1100)", QVariant() },
      { "LineString(1000 1100, 1200 1100)", QVariant() },
      { "LineString(0 0, 0 -5000)", 20 },
      { "LineString(0 -5000, 300 -5000)", QVariant() },
      { "LineString(300 -5000, 300 -9000)", 15 },
      { "LineString(300 -9000, 500 -9000)", QVariant() },
      { "LineString(5000 5000, 5100 5000)", QVariant() },
  };

  const QList<QPair<QString, QString>> PLACES {
      { "mainland", "Point(500 0)" },
      { "over the bridge", "Point(1100 1100)" },
      { "island A", "Point(100 -5000)" },
      { "island B", "Point(400 -9000)" },
      { "island C", "Point(5050 5000)" },
      { "no geometry", QString() },
  };
} // namespace

class TestIslandFlag : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void largestPartIsTheMainland();
    void mainlandPointChoosesThePart();
    void badParametersAreRefused();

  private:
    QVariantMap parameters();
    QMap<QString, Row> run( const QVariantMap &parameters, QString *error = nullptr );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QTemporaryDir mCacheDir;
    QgsProject mProject;
};

void TestIslandFlag::initTestCase()
{
  qputenv( "PLACEGAP_GRAPH_CACHE", mCacheDir.filePath( "graphcache.sqlite" ).toLocal8Bit() );
  placegaptest::startQgis();
}

void TestIslandFlag::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestIslandFlag::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestIslandFlag::cleanup()
{
  mProject.removeAllMapLayers();
}

QVariantMap TestIslandFlag::parameters()
{
  auto *network = new QgsVectorLayer( QStringLiteral( "LineString?crs=EPSG:27700&field=ferry:double" ), QStringLiteral( "roads" ), QStringLiteral( "memory" ) );
  QgsFeatureList lines;
  for ( const auto &[wkt, ferry] : ARCHIPELAGO )
  {
    QgsFeature feature( network->fields() );
    feature.setAttributes( QgsAttributes() << ferry );
    feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
    lines << feature;
  }
  network->dataProvider()->addFeatures( lines );
  mProject.addMapLayer( network, false, true );

  QgsVectorLayer *places = placegaptest::namedLayer( QStringLiteral( "Point?crs=EPSG:27700" ), PLACES, QStringLiteral( "places" ) );
  mProject.addMapLayer( places, false, true );

  return QVariantMap {
      { "INPUT", network->id() },
      { "STRATEGY", 1 },
      { "DEFAULT_SPEED", 36 },
      { "FERRY_FIELD", "ferry" },
      { "FERRY_WAIT", 5 },
      { "FEATURES", places->id() },
      { "OUTPUT", mDir->filePath( QStringLiteral( "islands.gpkg" ) ) },
  };
}

QMap<QString, Row> TestIslandFlag::run( const QVariantMap &parameters, QString *error )
{
  QMap<QString, Row> rows;
  const QVariantMap results = placegaptest::runAlgorithm( ALGORITHM, parameters, *mContext, mFeedback, error );
  if ( results.isEmpty() )
    return rows;
  QgsVectorLayer layer( results.value( QStringLiteral( "OUTPUT" ) ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
    rows.insert( feature.attribute( "name" ).toString(), Row { feature.attribute( "on_island" ), feature.attribute( "road_part" ), feature.attribute( "part_road_km" ), feature.attribute( "mainland_min" ) } );
  return rows;
}

static bool isNullValue( const QVariant &value )
{
  return value.isNull() || !value.isValid();
}

void TestIslandFlag::largestPartIsTheMainland()
{
  QString error;
  const QMap<QString, Row> rows = run( parameters(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( rows.size(), PLACES.size() );

  QCOMPARE( rows.value( "mainland" ).onIsland.toInt(), 0 );
  QCOMPARE( rows.value( "mainland" ).part.toInt(), 0 );
  QVERIFY( std::fabs( rows.value( "mainland" ).partKm.toDouble() - 2.3 ) < 1e-9 );
  QCOMPARE( rows.value( "mainland" ).minutes.toDouble(), 0.0 );
  // A bridge is a fixed link.
  QCOMPARE( rows.value( "over the bridge" ).onIsland.toInt(), 0 );
  QCOMPARE( rows.value( "over the bridge" ).part.toInt(), 0 );

  // A: 100 m (10 s) to the slip, ferry 20 + 5 min wait = 1500 s: 1510 s.
  QCOMPARE( rows.value( "island A" ).onIsland.toInt(), 1 );
  QCOMPARE( rows.value( "island A" ).part.toInt(), 1 );
  QVERIFY( std::fabs( rows.value( "island A" ).partKm.toDouble() - 0.3 ) < 1e-9 );
  QVERIFY( std::fabs( rows.value( "island A" ).minutes.toDouble() - 1510 / 60.0 ) < 1e-9 );
  // B: 100 m (10 s), ferry 15 + 5 min (1200 s), across A 300 m (30 s), ferry 1500 s: 2740 s.
  QCOMPARE( rows.value( "island B" ).onIsland.toInt(), 1 );
  QCOMPARE( rows.value( "island B" ).part.toInt(), 2 );
  QVERIFY( std::fabs( rows.value( "island B" ).minutes.toDouble() - 2740 / 60.0 ) < 1e-9 );
  // C: no ferry, NULL time and a warning naming the feature (id 5).
  QCOMPARE( rows.value( "island C" ).onIsland.toInt(), 1 );
  QCOMPARE( rows.value( "island C" ).part.toInt(), 3 );
  QVERIFY( isNullValue( rows.value( "island C" ).minutes ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Feature (FEATURES) 5" ), QStringLiteral( "no ferry" ) } ).size(), 1 );
  // No geometry: NULL fields, warned.
  QVERIFY( isNullValue( rows.value( "no geometry" ).onIsland ) );
  QVERIFY( isNullValue( rows.value( "no geometry" ).minutes ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "FEATURES) feature 6" ), QStringLiteral( "no geometry" ) } ).size(), 1 );
}

void TestIslandFlag::mainlandPointChoosesThePart()
{
  // Island A as the "mainland": the others are islands relative to it.
  QVariantMap p = parameters();
  p.insert( "MAINLAND_POINT", QStringLiteral( "150,-4990 [EPSG:27700]" ) );
  const QMap<QString, Row> rows = run( p );
  QCOMPARE( rows.value( "island A" ).onIsland.toInt(), 0 );
  QCOMPARE( rows.value( "island A" ).minutes.toDouble(), 0.0 );
  QCOMPARE( rows.value( "mainland" ).onIsland.toInt(), 1 );
  // Mainland (500,0): 500 m (50 s) to (0,0), ferry 1500 s: 1550 s.
  QVERIFY( std::fabs( rows.value( "mainland" ).minutes.toDouble() - 1550 / 60.0 ) < 1e-9 );
  // B: 10 s + 1200 s to A's slip.
  QVERIFY( std::fabs( rows.value( "island B" ).minutes.toDouble() - 1210 / 60.0 ) < 1e-9 );
  QCOMPARE( rows.value( "mainland" ).part.toInt(), 0 ); // parts keep their numbers
}

void TestIslandFlag::badParametersAreRefused()
{
  QString error;
  QVariantMap p = parameters();
  p.insert( "STRATEGY", 0 );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "(STRATEGY) to be 'Fastest (time)'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( QStringLiteral( "islands.gpkg" ) ) ) );

  // Features that already hold a field the output adds are refused, naming the field.
  p = parameters();
  QgsVectorLayer *flagged = placegaptest::memoryLayer( QStringLiteral( "Point?crs=EPSG:27700&field=name:string&field=on_island:integer" ), { { QStringLiteral( "Point(500 0)" ), QgsAttributes() << QStringLiteral( "mainland" ) << 0 } } );
  mProject.addMapLayer( flagged, false, true );
  p.insert( "FEATURES", flagged->id() );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "FEATURES" ) && error.contains( "'on_island'" ), qPrintable( error ) );
}

QTEST_MAIN( TestIslandFlag )
#include "testislandflagalgorithm.moc"
