/***************************************************************************
  testnearestservicealgorithm.cpp - placegap:nearestservice: the nearest services, their routes, and origins that reach none
 ***************************************************************************/
#include "networktestfixture.h"

using namespace networktest;

class TestNearestService : public QObject, protected NetworkTestFixture
{
    Q_OBJECT

  private slots:
    void initTestCase() { startFixture(); }
    void cleanupTestCase() { stopFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void nearestServiceWithRoutes();
    void nearestServiceUnreachableIsNull();
    void sitesNearAFragmentJoinTheMainNetwork();
};

void TestNearestService::nearestServiceWithRoutes()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "O2", "Point(100 0)" }, { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" }, { "S4", "Point(0 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "ROUTES", true );
  parameters.insert( "OUTPUT", mDir->filePath( "nearest.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QVERIFY( layer.isValid() );
  QCOMPARE( layer.featureCount(), 2LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  QMap<QString, QgsFeature> byOrigin;
  while ( it.nextFeature( feature ) )
    byOrigin.insert( feature.attribute( "code" ).toString(), feature );
  // O2 at B: nearest is S4 at A, against the one-way A->B: B-C-D-A, 30 s; the route runs round the square.
  const QgsFeature o2 = byOrigin.value( "O2" );
  QCOMPARE( o2.attribute( "service_id" ).toString(), QString( "S4" ) );
  QCOMPARE( o2.attribute( "minutes" ).toDouble(), 0.5 );
  QCOMPARE( o2.attribute( "rank" ).toInt(), 1 );
  QCOMPARE( o2.geometry().asWkt( 0 ), QString( "LineString (100 0, 100 100, 0 100, 0 0)" ) );
  QCOMPARE( o2.geometry().length(), 300.0 );
  // O1: 30 m walk to A, where S4 is.
  const QgsFeature o1 = byOrigin.value( "O1" );
  QCOMPARE( o1.attribute( "service_id" ).toString(), QString( "S4" ) );
  QCOMPARE( o1.attribute( "minutes" ).toDouble(), 0.5 );
  QCOMPARE( o1.geometry().asWkt( 0 ), QString( "LineString (0 -30, 0 0)" ) );

  // Two nearest, as points: O1 gets S4 then S2 (970 s).
  parameters.insert( "ROUTES", false );
  parameters.insert( "NEAREST", 2 );
  parameters.insert( "OUTPUT", mDir->filePath( "nearest2.gpkg" ) );
  const QVariantMap two = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !two.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer2( two.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer2.featureCount(), 4LL );
  it = layer2.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    QCOMPARE( feature.geometry().type(), QgsWkbTypes::PointGeometry );
    if ( feature.attribute( "code" ).toString() == "O1" && feature.attribute( "rank" ).toInt() == 2 )
    {
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S2" ) );
      QVERIFY( std::abs( feature.attribute( "minutes" ).toDouble() * 60 - 970 ) < 1e-9 );
    }
  }
}

void TestNearestService::nearestServiceUnreachableIsNull()
{
  QgsVectorLayer *network = makeNetwork( HAND_NETWORK );
  QgsVectorLayer *origins = makeSites( { { "ISLAND", "Point(50 1010)" }, { "O1", "Point(0 -30)" } } );
  QgsVectorLayer *services = makeSites( { { "S2", "Point(1200 20)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( "island.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer.featureCount(), 2LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( "code" ).toString() == "ISLAND" )
    {
      QVERIFY( isNullValue( feature.attribute( "service_id" ) ) );
      QVERIFY( isNullValue( feature.attribute( "minutes" ) ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 10.0 );
    }
    else
    {
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S2" ) );
    }
  }
  QVERIFY( !mFeedback.warningsWith( { "1 origin(s) reach no service" } ).isEmpty() );
}

void TestNearestService::sitesNearAFragmentJoinTheMainNetwork()
{
  /*
   *   fragment  P(40,40) -- Q(60,40)        a lane cut off from the roads (2 nodes)
   *   A(0,0) -------------- B(100,0)        the main network; S at B
   *
   * O (50,35) is 5 m from the lane and 35 m from A-B: it joins A-B instead (35 m, within 100 m),
   * with a warning; the lane would reach nothing. With MIN_PART_NODES 0 it stays on the lane.
   * The hand network's island (900 m off) keeps ISLAND, however small: see the test above.
   */
  QgsVectorLayer *network = makeNetwork( { { "LineString(0 0, 100 0)", QVariant(), 36, QVariant(), QVariant() }, { "LineString(40 40, 60 40)", QVariant(), 36, QVariant(), QVariant() } } );
  QgsVectorLayer *origins = makeSites( { { "O", "Point(50 35)" } } );
  QgsVectorLayer *services = makeSites( { { "S", "Point(100 0)" } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  for ( const int minNodes : { 1000, 0 } )
  {
    parameters.insert( "MIN_PART_NODES", minNodes );
    parameters.insert( "OUTPUT", mDir->filePath( QStringLiteral( "fragment%1.gpkg" ).arg( minNodes ) ) );
    mFeedback.warnings.clear();
    QString error;
    const QVariantMap results = run( "placegap:nearestservice", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
    QgsFeature feature;
    QVERIFY( layer.getFeatures().nextFeature( feature ) );
    if ( minNodes > 0 )
    {
      // 35 m off-network at 1 m/s, then 50 m of road at 10 m/s: 35 + 5 = 40 s.
      QCOMPARE( feature.attribute( "service_id" ).toString(), QString( "S" ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 35.0 );
      QVERIFY( std::abs( feature.attribute( "minutes" ).toDouble() - 40.0 / 60 ) < 1e-9 );
      QCOMPARE( mFeedback.warningsWith( { "ORIGINS) feature", "5.0 m away", "2 node(s)", "35.0 m away instead" } ).size(), 1 );
    }
    else
    {
      QVERIFY( isNullValue( feature.attribute( "minutes" ) ) );
      QCOMPARE( feature.attribute( "origin_snap_m" ).toDouble(), 5.0 );
    }
  }
}

QTEST_MAIN( TestNearestService )
#include "testnearestservicealgorithm.moc"
