/***************************************************************************
  testurbanruralclassificationalgorithm.cpp - placegap:urbanruralclassification on a synthetic region
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
  const QString ALGORITHM = QStringLiteral( "placegap:urbanruralclassification" );

  struct Settlement
  {
      QString code;
      QVariant pop;
      double x0, y0, x1, y1; //!< The square's extent.
      double cx, cy;         //!< Its drive time point.
  };

  struct Place
  {
      QString name;
      QString wkt;
  };

  //! One output row.
  struct Row
  {
      QVariant ur8, ur6, ur3, ur2, ur8Name, settlement, minutes, driveTo;
  };

  /*
   * The synthetic region (EPSG:27700, metres; every road 72 km/h = 20 m/s, so x metres from
   * the city point (0,0) along the main road take x / 20 s; sites lie on the roads: no
   * off-network legs):
   *
   *  OTHER(10,000)                     CITY(200,000)   VILLAGE  TOWNA  TOWNB  TOWND TOWNC
   *  (-150000,0) ------------------------ (0,0) ----------20000---35880---50000--71640-72120--- (80000,0)
   *                                          ~
   *                                          ~ ferry 40 min
   *                                          ~
   *                                   (0,-30000) ---- (1200,-30000)  ferry-only island
   *
   *                                   (0,-50000) ---- (1000,-50000)  island with no ferry
   *
   * Settlements are small squares around their points (towns +-100 m, the city +-2000 x +-1000 m).
   */
  const QList<Settlement> REGION_SETTLEMENTS {
      { "CITY", 200000, -2000, -1000, 2000, 1000, 0, 0 },
      { "OTHER", 10000, -151000, -1000, -149000, 1000, -150000, 0 },
      { "VILLAGE", 2999, 19900, -100, 20100, 100, 20000, 0 },
      { "TOWNA", 3000, 35780, -100, 35980, 100, 35880, 0 },
      { "TOWNB", 9999, 49900, -100, 50100, 100, 50000, 0 },
      { "TOWND", 4000, 71540, -100, 71740, 100, 71640, 0 },
      { "TOWNC", 5000, 72020, -100, 72220, 100, 72120, 0 },
  };

  const QList<Place> REGION_PLACES {
      { "in city", "Point(500 0)" },
      { "in other urban", "Point(-149900 0)" },
      { "village", "Point(20000 0)" },
      { "town 29.9 min", "Point(35880 0)" },
      { "town 41.7 min", "Point(50000 0)" },
      { "town 59.7 min", "Point(71640 0)" },
      { "town 60.1 min", "Point(72120 0)" },
      { "rural 29.7 min", "Point(35640 0)" },
      { "rural 30.1 min", "Point(36120 0)" },
      { "rural 59.9 min", "Point(71880 0)" },
      { "rural 60.3 min", "Point(72360 0)" },
      { "ferry island", "Point(1200 -30000)" },
      { "island without ferry", "Point(500 -50000)" },
  };
} // namespace

class TestUrbanRuralClassification : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyClassOnTheSyntheticRegion_data();
    void everyClassOnTheSyntheticRegion();
    void unreachableIsNullAndWarned();
    void thresholdsAreParameters();
    void polygonFeaturesUseTheirPoint();
    void populationWeightedMajority();
    void settlementPointsNamedByFeatures();
    void settlementWithoutPopulation();
    void overlappingSettlements();
    void featureWithoutGeometry();
    void badLayersAreRefused();

  private:
    QgsVectorLayer *makeNetwork();
    QgsVectorLayer *makeSettlements( const QList<Settlement> &settlements, const QString &geometry = QStringLiteral( "Polygon" ) );
    QgsVectorLayer *makePlaces( const QList<Place> &places, const QString &geometry = QStringLiteral( "Point" ) );
    QVariantMap parameters( QgsVectorLayer *settlements, QgsVectorLayer *places );
    QMap<QString, Row> run( const QVariantMap &parameters, QString *error = nullptr );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QTemporaryDir mCacheDir;
    QgsProject mProject;
};

void TestUrbanRuralClassification::initTestCase()
{
  qputenv( "PLACEGAP_GRAPH_CACHE", mCacheDir.filePath( "graphcache.sqlite" ).toLocal8Bit() );
  placegaptest::startQgis();
}

void TestUrbanRuralClassification::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestUrbanRuralClassification::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestUrbanRuralClassification::cleanup()
{
  mProject.removeAllMapLayers();
}

QgsVectorLayer *TestUrbanRuralClassification::makeNetwork()
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "LineString?crs=EPSG:27700&field=ferry:double" ), QStringLiteral( "roads" ), QStringLiteral( "memory" ) );
  const QList<QPair<QString, QVariant>> lines {
      { "LineString(-150000 0, 0 0)", QVariant() },
      { "LineString(0 0, 80000 0)", QVariant() },
      { "LineString(0 0, 0 -30000)", 40 },
      { "LineString(0 -30000, 1200 -30000)", QVariant() },
      { "LineString(0 -50000, 1000 -50000)", QVariant() },
  };
  QgsFeatureList features;
  for ( const auto &[wkt, ferry] : lines )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << ferry );
    feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QgsVectorLayer *TestUrbanRuralClassification::makeSettlements( const QList<Settlement> &settlements, const QString &geometry )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "%1?crs=EPSG:27700&field=code:string&field=pop:double&field=poptext:string&field=cx:double&field=cy:double" ).arg( geometry ), QStringLiteral( "settlements" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const Settlement &s : settlements )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << s.code << s.pop << s.pop.toString() << s.cx << s.cy );
    if ( geometry == QLatin1String( "Polygon" ) )
      feature.setGeometry( QgsGeometry::fromRect( QgsRectangle( s.x0, s.y0, s.x1, s.y1 ) ) );
    else
      feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( s.cx, s.cy ) ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QgsVectorLayer *TestUrbanRuralClassification::makePlaces( const QList<Place> &places, const QString &geometry )
{
  QList<QPair<QString, QString>> named;
  for ( const Place &place : places )
    named << qMakePair( place.name, place.wkt );
  QgsVectorLayer *layer = placegaptest::namedLayer( QStringLiteral( "%1?crs=EPSG:27700" ).arg( geometry ), named, QStringLiteral( "places" ) );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QVariantMap TestUrbanRuralClassification::parameters( QgsVectorLayer *settlements, QgsVectorLayer *places )
{
  return QVariantMap {
      { "INPUT", makeNetwork()->id() },
      { "STRATEGY", 1 },
      { "DEFAULT_SPEED", 72 },
      { "FERRY_FIELD", "ferry" },
      { "SETTLEMENTS", settlements->id() },
      { "SETTLEMENT_ID_FIELD", "code" },
      { "SETTLEMENT_POPULATION_FIELD", "pop" },
      { "SETTLEMENTS_X_FIELD", "cx" },
      { "SETTLEMENTS_Y_FIELD", "cy" },
      { "FEATURES", places->id() },
      { "OUTPUT", mDir->filePath( QStringLiteral( "classes.gpkg" ) ) },
  };
}

QMap<QString, Row> TestUrbanRuralClassification::run( const QVariantMap &parameters, QString *error )
{
  QMap<QString, Row> rows;
  const QVariantMap results = placegaptest::runAlgorithm( ALGORITHM, parameters, *mContext, mFeedback, error );
  if ( results.isEmpty() )
    return rows;
  QgsVectorLayer layer( results.value( QStringLiteral( "OUTPUT" ) ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
    return rows;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    rows.insert( feature.attribute( "name" ).toString(), Row { feature.attribute( "ur8_code" ), feature.attribute( "ur6_code" ), feature.attribute( "ur3_code" ), feature.attribute( "ur2_code" ), feature.attribute( "ur8_name" ), feature.attribute( "settlement" ), feature.attribute( "drive_min" ), feature.attribute( "drive_to" ) } );
  }
  return rows;
}

static bool isNullValue( const QVariant &value )
{
  return value.isNull() || !value.isValid();
}

void TestUrbanRuralClassification::everyClassOnTheSyntheticRegion_data()
{
  QTest::addColumn<QString>( "place" );
  QTest::addColumn<int>( "ur8" );
  QTest::addColumn<int>( "ur6" );
  QTest::addColumn<int>( "ur3" );
  QTest::addColumn<int>( "ur2" );
  QTest::addColumn<QString>( "settlement" );
  QTest::addColumn<double>( "seconds" );
  QTest::addColumn<QString>( "driveTo" );
  // Seconds: metres along the road to the nearest 10,000+ settlement point / 20 m/s.
  QTest::newRow( "large urban" ) << "in city" << 1 << 1 << 1 << 1 << "CITY" << 500 / 20.0 << "CITY";
  QTest::newRow( "other urban at exactly 10,000" ) << "in other urban" << 2 << 2 << 1 << 1 << "OTHER" << 100 / 20.0 << "OTHER";
  QTest::newRow( "settlement of 2,999 is rural" ) << "village" << 6 << 5 << 2 << 2 << "VILLAGE" << 20000 / 20.0 << "CITY";
  QTest::newRow( "small town of 3,000 at 29.9 min" ) << "town 29.9 min" << 3 << 3 << 1 << 1 << "TOWNA" << 35880 / 20.0 << "CITY";
  QTest::newRow( "small town of 9,999 at 41.7 min" ) << "town 41.7 min" << 4 << 4 << 1 << 1 << "TOWNB" << 50000 / 20.0 << "CITY";
  QTest::newRow( "small town at 59.7 min" ) << "town 59.7 min" << 4 << 4 << 1 << 1 << "TOWND" << 71640 / 20.0 << "CITY";
  QTest::newRow( "small town at 60.1 min" ) << "town 60.1 min" << 5 << 4 << 1 << 1 << "TOWNC" << 72120 / 20.0 << "CITY";
  QTest::newRow( "rural at 29.7 min" ) << "rural 29.7 min" << 6 << 5 << 2 << 2 << "" << 35640 / 20.0 << "CITY";
  QTest::newRow( "rural at 30.1 min" ) << "rural 30.1 min" << 7 << 6 << 3 << 2 << "" << 36120 / 20.0 << "CITY";
  QTest::newRow( "rural at 59.9 min" ) << "rural 59.9 min" << 7 << 6 << 3 << 2 << "" << 71880 / 20.0 << "CITY";
  QTest::newRow( "rural at 60.3 min" ) << "rural 60.3 min" << 8 << 6 << 3 << 2 << "" << 72360 / 20.0 << "CITY";
  // 40 min ferry + 1200 m of island road = 2400 + 60 s = 41 min.
  QTest::newRow( "ferry-only island" ) << "ferry island" << 7 << 6 << 3 << 2 << "" << 2460.0 << "CITY";
}

void TestUrbanRuralClassification::everyClassOnTheSyntheticRegion()
{
  QFETCH( QString, place );
  QFETCH( int, ur8 );
  QFETCH( int, ur6 );
  QFETCH( int, ur3 );
  QFETCH( int, ur2 );
  QFETCH( QString, settlement );
  QFETCH( double, seconds );
  QFETCH( QString, driveTo );
  QString error;
  const QMap<QString, Row> rows = run( parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( REGION_PLACES ) ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( rows.size(), REGION_PLACES.size() );
  QVERIFY( rows.contains( place ) );
  const Row row = rows.value( place );
  QCOMPARE( row.ur8.toInt(), ur8 );
  QCOMPARE( row.ur6.toInt(), ur6 );
  QCOMPARE( row.ur3.toInt(), ur3 );
  QCOMPARE( row.ur2.toInt(), ur2 );
  if ( settlement.isEmpty() )
    QVERIFY( isNullValue( row.settlement ) );
  else
    QCOMPARE( row.settlement.toString(), settlement );
  QVERIFY2( std::fabs( row.minutes.toDouble() - seconds / 60.0 ) < 1e-6, qPrintable( row.minutes.toString() ) );
  QCOMPARE( row.driveTo.toString(), driveTo );
}

void TestUrbanRuralClassification::unreachableIsNullAndWarned()
{
  const QMap<QString, Row> rows = run( parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( REGION_PLACES ) ) );
  const Row row = rows.value( QStringLiteral( "island without ferry" ) );
  QVERIFY( isNullValue( row.minutes ) );
  QVERIFY( isNullValue( row.driveTo ) );
  QVERIFY( isNullValue( row.ur8 ) );
  QVERIFY( isNullValue( row.ur8Name ) );
  QVERIFY( isNullValue( row.ur6 ) );
  QVERIFY( isNullValue( row.ur3 ) );
  QCOMPARE( row.ur2.toInt(), 2 ); // rural whatever the drive time
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Feature to classify (FEATURES) 13" ), QStringLiteral( "reaches no settlement" ) } ).size(), 1 );
  QCOMPARE( rows.value( QStringLiteral( "town 60.1 min" ) ).ur8Name.toString(), QStringLiteral( "Very Remote Small Towns" ) );
}

void TestUrbanRuralClassification::thresholdsAreParameters()
{
  QVariantMap p = parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( REGION_PLACES ) );
  p.insert( "ACCESSIBLE_MINUTES", 20 );
  p.insert( "VERY_REMOTE_MINUTES", 40 );
  p.insert( "OTHER_URBAN_POPULATION", 9999 ); // TOWNB becomes other urban and a destination
  const QMap<QString, Row> rows = run( p );
  QCOMPARE( rows.value( "town 41.7 min" ).ur8.toInt(), 2 );
  QCOMPARE( rows.value( "town 41.7 min" ).driveTo.toString(), QStringLiteral( "TOWNB" ) );
  // rural 29.7 min from the city is 14360 m = 11.97 min from TOWNB: accessible.
  QCOMPARE( rows.value( "rural 29.7 min" ).driveTo.toString(), QStringLiteral( "TOWNB" ) );
  QVERIFY( std::fabs( rows.value( "rural 29.7 min" ).minutes.toDouble() - 14360 / 20.0 / 60.0 ) < 1e-6 );
  QCOMPARE( rows.value( "rural 29.7 min" ).ur8.toInt(), 6 );
  // rural 60.3 min: 22360 m from TOWNB = 18.63 min: accessible; the ferry island 41 min: very remote.
  QCOMPARE( rows.value( "rural 60.3 min" ).ur8.toInt(), 6 );
  QCOMPARE( rows.value( "ferry island" ).ur8.toInt(), 8 );
  // village: 20000 m from the city = 16.7 min.
  QCOMPARE( rows.value( "village" ).ur8.toInt(), 6 );
  // TOWND (4,000) at 21640 m from TOWNB = 18.03 min: accessible small town.
  QCOMPARE( rows.value( "town 59.7 min" ).ur8.toInt(), 3 );
}

void TestUrbanRuralClassification::polygonFeaturesUseTheirPoint()
{
  // A data zone square around TOWNA's point: its point on surface is in TOWNA.
  const QMap<QString, Row> rows = run( parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( { { "zone", "Polygon((35850 -30, 35910 -30, 35910 30, 35850 30, 35850 -30))" } }, QStringLiteral( "Polygon" ) ) ) );
  QCOMPARE( rows.size(), 1 );
  QCOMPARE( rows.value( "zone" ).settlement.toString(), QStringLiteral( "TOWNA" ) );
  QCOMPARE( rows.value( "zone" ).ur8.toInt(), 3 );
}

void TestUrbanRuralClassification::populationWeightedMajority()
{
  /*
   * A data zone from x 35500 to 36300 whose own point (its centre, 35900 0) is in TOWNA, holding
   * four population points on the main road (20 m/s from the city):
   *   35880: 100 people in TOWNA           -> 3 Accessible Small Towns
   *   35640: 150 people, rural, 29.7 min    -> 6 Accessible Rural
   *   36120: 120 people, rural, 30.1 min    -> 7 Remote Rural
   *   36200: NULL population               -> counts no one (warned)
   * Majority: class 6 with 150 of 370 people = 40.54 %. A second zone (x 60000-60100) holds no
   * point: it keeps its own point's class, 60050 m = 50.0 min, 7 Remote Rural, with a warning.
   */
  auto *points = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:27700&field=people:double" ), QStringLiteral( "postcodes" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const auto &[x, people] : QList<QPair<double, QVariant>> { { 35880, 100.0 }, { 35640, 150.0 }, { 36120, 120.0 }, { 36200, QVariant() } } )
  {
    QgsFeature feature( points->fields() );
    feature.setAttributes( QgsAttributes() << people );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( x, 0 ) ) );
    features << feature;
  }
  points->dataProvider()->addFeatures( features );
  mProject.addMapLayer( points, false, true );

  QVariantMap p = parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( { { "zone", "Polygon((35500 -50, 36300 -50, 36300 50, 35500 50, 35500 -50))" }, { "empty zone", "Polygon((60000 -50, 60100 -50, 60100 50, 60000 50, 60000 -50))" } }, QStringLiteral( "Polygon" ) ) );
  p.insert( "POPULATION_POINTS", points->id() );
  p.insert( "POPULATION_FIELD", "people" );
  QString error;
  const QVariantMap results = placegaptest::runAlgorithm( ALGORITHM, p, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( QStringLiteral( "OUTPUT" ) ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature zone, empty;
  QVERIFY( layer.getFeatures( QgsFeatureRequest().setFilterExpression( "name = 'zone'" ) ).nextFeature( zone ) );
  QVERIFY( layer.getFeatures( QgsFeatureRequest().setFilterExpression( "name = 'empty zone'" ) ).nextFeature( empty ) );
  QCOMPARE( zone.attribute( "ur8_code" ).toInt(), 6 );
  QCOMPARE( zone.attribute( "ur8_name" ).toString(), QStringLiteral( "Accessible Rural Areas" ) );
  QCOMPARE( zone.attribute( "ur6_code" ).toInt(), 5 );
  QCOMPARE( zone.attribute( "ur3_code" ).toInt(), 2 );
  QCOMPARE( zone.attribute( "ur2_code" ).toInt(), 2 );
  QCOMPARE( zone.attribute( "pts_pop" ).toDouble(), 370.0 );
  QVERIFY( qgsDoubleNear( zone.attribute( "ur8_pct" ).toDouble(), 100.0 * 150.0 / 370.0, 1e-9 ) );
  // The settlement and drive time fields still describe the zone's own point.
  QCOMPARE( zone.attribute( "settlement" ).toString(), QStringLiteral( "TOWNA" ) );
  QCOMPARE( empty.attribute( "ur8_code" ).toInt(), 7 );
  QCOMPARE( empty.attribute( "pts_pop" ).toDouble(), 0.0 );
  QVERIFY( empty.attribute( "ur8_pct" ).isNull() );
  QVERIFY2( !mFeedback.warningsWith( { "no classified population point" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
  QVERIFY2( !mFeedback.warningsWith( { "Population point (POPULATION_POINTS)", "people" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );

  // Points as FEATURES with population points, or a missing population field: refused before running.
  QVariantMap pointsAsFeatures = parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( REGION_PLACES ) );
  pointsAsFeatures.insert( "POPULATION_POINTS", points->id() );
  pointsAsFeatures.insert( "POPULATION_FIELD", "people" );
  QVERIFY( placegaptest::runAlgorithm( ALGORITHM, pointsAsFeatures, *mContext, mFeedback, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "POPULATION_POINTS" ) ), qPrintable( error ) );
  p.insert( "POPULATION_FIELD", "residents" );
  QVERIFY( placegaptest::runAlgorithm( ALGORITHM, p, *mContext, mFeedback, &error ).isEmpty() );
  QVERIFY2( error.contains( QStringLiteral( "'residents'" ) ), qPrintable( error ) );
}

void TestUrbanRuralClassification::settlementPointsNamedByFeatures()
{
  // Settlements as points (their drive time points); each feature names its settlement, as
  // postcodes do in NRS's look-up. Drive times as in the synthetic region.
  QgsVectorLayer *places = placegaptest::memoryLayer( QStringLiteral( "Point?crs=EPSG:27700&field=name:string&field=settl:string" ), {
                                                                                                                                         { QStringLiteral( "Point(500 0)" ), QgsAttributes() << QStringLiteral( "in city" ) << QStringLiteral( "CITY" ) },
                                                                                                                                         { QStringLiteral( "Point(35880 0)" ), QgsAttributes() << QStringLiteral( "town 29.9 min" ) << QStringLiteral( "TOWNA" ) },
                                                                                                                                         { QStringLiteral( "Point(20000 0)" ), QgsAttributes() << QStringLiteral( "village" ) << QStringLiteral( "VILLAGE" ) },
                                                                                                                                         { QStringLiteral( "Point(36120 0)" ), QgsAttributes() << QStringLiteral( "rural 30.1 min" ) << QVariant() },
                                                                                                                                         { QStringLiteral( "Point(50000 0)" ), QgsAttributes() << QStringLiteral( "unknown name" ) << QStringLiteral( "NOWHERE" ) },
                                                                                                                                     } );
  mProject.addMapLayer( places, false, true );
  QVariantMap p = parameters( makeSettlements( REGION_SETTLEMENTS, QStringLiteral( "Point" ) ), places );
  p.insert( "FEATURES_SETTLEMENT_FIELD", "settl" );
  QString error;
  const QMap<QString, Row> rows = run( p, &error );
  QVERIFY2( rows.size() == 5, qPrintable( error ) );
  QCOMPARE( rows.value( "in city" ).ur8.toInt(), 1 );
  QCOMPARE( rows.value( "in city" ).settlement.toString(), QStringLiteral( "CITY" ) );
  QCOMPARE( rows.value( "town 29.9 min" ).ur8.toInt(), 3 );
  QCOMPARE( rows.value( "village" ).ur8.toInt(), 6 ); // 2,999 people: rural, 16.7 min
  QCOMPARE( rows.value( "rural 30.1 min" ).ur8.toInt(), 7 );
  QVERIFY( isNullValue( rows.value( "rural 30.1 min" ).settlement ) );
  QVERIFY( isNullValue( rows.value( "unknown name" ).ur8 ) );
  QVERIFY( isNullValue( rows.value( "unknown name" ).ur2 ) );
  QVERIFY2( !mFeedback.warningsWith( { "NOWHERE", "settl" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );

  // Without the field, settlement points cannot place features: refused, saying what to do.
  p.remove( "FEATURES_SETTLEMENT_FIELD" );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "FEATURES_SETTLEMENT_FIELD" ), qPrintable( error ) );
  p.insert( "FEATURES_SETTLEMENT_FIELD", "settlement_code" );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "'settlement_code'" ), qPrintable( error ) );
}

void TestUrbanRuralClassification::settlementWithoutPopulation()
{
  QList<Settlement> settlements = REGION_SETTLEMENTS;
  settlements[4].pop = QVariant(); // TOWNB, feature 5
  const QMap<QString, Row> rows = run( parameters( makeSettlements( settlements ), makePlaces( REGION_PLACES ) ) );
  const Row row = rows.value( "town 41.7 min" );
  QCOMPARE( row.settlement.toString(), QStringLiteral( "TOWNB" ) );
  QVERIFY( isNullValue( row.ur8 ) );
  QVERIFY( isNullValue( row.ur2 ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Settlement (SETTLEMENTS) feature 5 (TOWNB)" ), QStringLiteral( "'pop'" ), QStringLiteral( "NULL" ) } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Feature to classify (FEATURES) 5" ), QStringLiteral( "TOWNB" ), QStringLiteral( "unknown" ) } ).size(), 1 );
  // The others are unaffected.
  QCOMPARE( rows.value( "town 29.9 min" ).ur8.toInt(), 3 );

  // A negative population is refused the same way.
  settlements[4].pop = -5;
  mFeedback.warnings.clear();
  const QMap<QString, Row> negative = run( parameters( makeSettlements( settlements ), makePlaces( REGION_PLACES ) ) );
  QVERIFY( isNullValue( negative.value( "town 41.7 min" ).ur8 ) );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "TOWNB" ), QStringLiteral( "is negative (-5)" ) } ).size(), 1 );
}

void TestUrbanRuralClassification::overlappingSettlements()
{
  QList<Settlement> settlements = REGION_SETTLEMENTS;
  // HAMLET (500) overlaps TOWNA (3,000) around the 29.9 min town place.
  settlements << Settlement { "HAMLET", 500, 35800, -50, 36000, 50, 35900, 0 };
  // EDGE only touches TOWNA's west side.
  settlements << Settlement { "EDGE", 100, 35700, -100, 35780, 100, 35740, 0 };
  const QMap<QString, Row> rows = run( parameters( makeSettlements( settlements ), makePlaces( REGION_PLACES ) ) );
  QCOMPARE( rows.value( "town 29.9 min" ).settlement.toString(), QStringLiteral( "TOWNA" ) );
  QCOMPARE( rows.value( "town 29.9 min" ).ur8.toInt(), 3 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Feature to classify (FEATURES) 4" ), QStringLiteral( "TOWNA, HAMLET" ), QStringLiteral( "overlapping" ) } ).size(), 1 );
  // The settlements themselves: TOWNA (feature 4) and HAMLET (feature 8) share 180 x 100 m.
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Settlements (SETTLEMENTS) 4 (TOWNA) and 8 (HAMLET)" ), QStringLiteral( "18000 m²" ) } ).size(), 1 );
  // Squares that only touch (EDGE and TOWNA) do not overlap.
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "Settlements (SETTLEMENTS)" ) } ).size(), 1 );
}

void TestUrbanRuralClassification::featureWithoutGeometry()
{
  const QMap<QString, Row> rows = run( parameters( makeSettlements( REGION_SETTLEMENTS ), makePlaces( { { "nowhere", QString() }, { "in city", "Point(500 0)" } } ) ) );
  QCOMPARE( rows.size(), 2 );
  QVERIFY( isNullValue( rows.value( "nowhere" ).ur8 ) );
  QVERIFY( isNullValue( rows.value( "nowhere" ).ur2 ) );
  QVERIFY( isNullValue( rows.value( "nowhere" ).minutes ) );
  QCOMPARE( rows.value( "in city" ).ur8.toInt(), 1 );
  QCOMPARE( mFeedback.warningsWith( { QStringLiteral( "FEATURES) feature 1" ), QStringLiteral( "no geometry" ) } ).size(), 1 );
}

void TestUrbanRuralClassification::badLayersAreRefused()
{
  QString error;
  QgsVectorLayer *places = makePlaces( REGION_PLACES );

  QVariantMap p = parameters( makeSettlements( REGION_SETTLEMENTS, QStringLiteral( "Point" ) ), places );
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "SETTLEMENTS" ) && error.contains( "polygons" ), qPrintable( error ) );

  QgsVectorLayer *settlements = makeSettlements( REGION_SETTLEMENTS );
  p = parameters( settlements, places );
  p.insert( "SETTLEMENT_POPULATION_FIELD", "poptext" );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "poptext" ) && error.contains( "numeric" ), qPrintable( error ) );

  p = parameters( settlements, places );
  p.insert( "SETTLEMENT_POPULATION_FIELD", "population" );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "population" ), qPrintable( error ) );

  p = parameters( settlements, places );
  p.insert( "STRATEGY", 0 );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "(STRATEGY) to be 'Fastest (time)'" ), qPrintable( error ) );

  p = parameters( settlements, places );
  p.insert( "SMALL_TOWN_POPULATION", 20000 );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "SMALL_TOWN_POPULATION" ), qPrintable( error ) );

  p = parameters( settlements, places );
  p.insert( "VERY_REMOTE_MINUTES", 30 );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "very remote" ), qPrintable( error ) );

  auto *clash = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:27700&field=name:string&field=ur8_code:integer" ), QStringLiteral( "clash" ), QStringLiteral( "memory" ) );
  mProject.addMapLayer( clash, false, true );
  p = parameters( settlements, clash );
  error.clear();
  QVERIFY( run( p, &error ).isEmpty() );
  QVERIFY2( error.contains( "ur8_code" ), qPrintable( error ) );

  // Nothing is left behind by a refused run.
  QVERIFY( !QFile::exists( mDir->filePath( QStringLiteral( "classes.gpkg" ) ) ) );
}

QTEST_MAIN( TestUrbanRuralClassification )
#include "testurbanruralclassificationalgorithm.moc"
