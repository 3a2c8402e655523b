/***************************************************************************
  testnetworkpresetscore.cpp - reading OpenStreetMap, OS Open Roads and OS Highways lines
 ***************************************************************************/
#include "networkpresets.h"

#include <QObject>
#include <QtTest>

using namespace placegap;

class TestNetworkPresets : public QObject
{
    Q_OBJECT

  private slots:
    void otherTagsAreParsed();
    void durationsAndSpeedLimits();
    void openStreetMapLines();
    void openStreetMapFerries();
    void osOpenRoadsLines();
    void osHighwaysLines();
};

void TestNetworkPresets::otherTagsAreParsed()
{
  const LineTags tags = parseOtherTags( R"("oneway"=>"-1","maxspeed"=>"30 mph","name:gd"=>"Rathad \"Mòr\"","note"=>"a=>b")" );
  QCOMPARE( tags.size(), std::size_t( 4 ) );
  QCOMPARE( QString::fromStdString( tags.at( "oneway" ) ), QStringLiteral( "-1" ) );
  QCOMPARE( QString::fromStdString( tags.at( "maxspeed" ) ), QStringLiteral( "30 mph" ) );
  QCOMPARE( QString::fromStdString( tags.at( "name:gd" ) ), QStringLiteral( "Rathad \"Mòr\"" ) );
  QCOMPARE( QString::fromStdString( tags.at( "note" ) ), QStringLiteral( "a=>b" ) );
  QVERIFY( parseOtherTags( "" ).empty() );
  QVERIFY( parseOtherTags( R"("broken"=>)" ).empty() );
}

void TestNetworkPresets::durationsAndSpeedLimits()
{
  QCOMPARE( *osmDurationMinutes( "90" ), 90.0 );
  QCOMPARE( *osmDurationMinutes( "1:30" ), 90.0 );
  QCOMPARE( *osmDurationMinutes( "01:30:30" ), 90.5 );
  QCOMPARE( *osmDurationMinutes( "PT1H30M" ), 90.0 );
  QCOMPARE( *osmDurationMinutes( "PT45M" ), 45.0 );
  QVERIFY( !osmDurationMinutes( "" ) );
  QVERIFY( !osmDurationMinutes( "ninety" ) );
  QVERIFY( !osmDurationMinutes( "P1D" ) );
  QCOMPARE( *osmMaxspeedKmh( "50" ), 50.0 );
  QCOMPARE( *osmMaxspeedKmh( "48 km/h" ), 48.0 );
  QVERIFY( std::abs( *osmMaxspeedKmh( "30 mph" ) - 48.28032 ) < 1e-9 );
  QVERIFY( !osmMaxspeedKmh( "none" ) );
  QVERIFY( !osmMaxspeedKmh( "GB:nsl_single" ) );
  QVERIFY( !osmMaxspeedKmh( "signals" ) );
}

void TestNetworkPresets::openStreetMapLines()
{
  const RoadSpeedTable table = RoadSpeedTable::defaults();
  const auto osm = [&table]( const LineTags &tags )
  { return presetLink( NetworkPreset::OpenStreetMap, tags, table, 50 ); };

  PresetLink link = osm( { { "highway", "primary" } } );
  QVERIFY( link.include );
  QCOMPARE( link.speedKmh, 64.0 );
  QCOMPARE( link.direction, LinkDirection::Both );
  // A limit below the class speed lowers it; one above it does not raise it.
  QCOMPARE( osm( { { "highway", "primary" }, { "maxspeed", "20 mph" } } ).speedKmh, 20 * 1.609344 );
  QCOMPARE( osm( { { "highway", "primary" }, { "maxspeed", "70 mph" } } ).speedKmh, 64.0 );
  QCOMPARE( osm( { { "highway", "residential" }, { "oneway", "yes" } } ).direction, LinkDirection::Forward );
  QCOMPARE( osm( { { "highway", "residential" }, { "oneway", "-1" } } ).direction, LinkDirection::Backward );
  QCOMPARE( osm( { { "highway", "tertiary" }, { "junction", "roundabout" } } ).direction, LinkDirection::Forward );
  QCOMPARE( osm( { { "highway", "tertiary" }, { "junction", "roundabout" }, { "oneway", "no" } } ).direction, LinkDirection::Both );
  QCOMPARE( osm( { { "highway", "motorway" } } ).direction, LinkDirection::Forward );
  QVERIFY( !osm( { { "highway", "footway" } } ).include );
  QVERIFY( !osm( { { "highway", "service" }, { "access", "no" } } ).include );
  QVERIFY( osm( { { "highway", "service" }, { "access", "private" } } ).include );
  link = osm( { { "waterway", "river" } } );
  QVERIFY( !link.include );
  QVERIFY( QString::fromStdString( link.reason ).contains( "highway" ) );
  link = osm( { { "highway", "bus_guideway" } } );
  QVERIFY( link.include && link.classUnknown );
  QCOMPARE( link.speedKmh, 50.0 );
}

void TestNetworkPresets::openStreetMapFerries()
{
  const RoadSpeedTable table = RoadSpeedTable::defaults();
  PresetLink ferry = presetLink( NetworkPreset::OpenStreetMap, { { "route", "ferry" }, { "duration", "00:40" } }, table, 50 );
  QVERIFY( ferry.include && ferry.ferry );
  QCOMPARE( *ferry.ferryMinutes, 40.0 );
  ferry = presetLink( NetworkPreset::OpenStreetMap, { { "route", "ferry" } }, table, 50 );
  QVERIFY( ferry.ferry && !ferry.ferryMinutes );
}

void TestNetworkPresets::osOpenRoadsLines()
{
  const RoadSpeedTable table = RoadSpeedTable::defaults();
  // Function first (Minor Road 48), then class; no one-way data.
  PresetLink link = presetLink( NetworkPreset::OsOpenRoads, { { "road_function", "Minor Road" }, { "road_classification", "B Road" } }, table, 50 );
  QCOMPARE( link.speedKmh, 48.0 );
  QCOMPARE( link.direction, LinkDirection::Both );
  link = presetLink( NetworkPreset::OsOpenRoads, { { "roadClassification", "B Road" } }, table, 50 );
  QCOMPARE( link.speedKmh, 56.0 );
  link = presetLink( NetworkPreset::OsOpenRoads, {}, table, 50 );
  QVERIFY( link.classUnknown );
  QCOMPARE( link.speedKmh, 50.0 );
}

void TestNetworkPresets::osHighwaysLines()
{
  const RoadSpeedTable table = RoadSpeedTable::defaults();
  PresetLink link = presetLink( NetworkPreset::OsHighways, { { "routeHierarchy", "A Road Primary" }, { "directionality", "inDirection" }, { "operationalState", "Open" } }, table, 50 );
  QCOMPARE( link.speedKmh, 80.0 );
  QCOMPARE( link.direction, LinkDirection::Forward );
  QCOMPARE( presetLink( NetworkPreset::OsHighways, { { "route_hierarchy", "Local Road" }, { "directionality", "inOppositeDirection" } }, table, 50 ).direction, LinkDirection::Backward );
  QCOMPARE( presetLink( NetworkPreset::OsHighways, { { "routehierarchy", "Local Road" }, { "directionality", "bothDirections" } }, table, 50 ).direction, LinkDirection::Both );
  QVERIFY( !presetLink( NetworkPreset::OsHighways, { { "routeHierarchy", "Local Road" }, { "operationalState", "Under Construction" } }, table, 50 ).include );
}

QTEST_GUILESS_MAIN( TestNetworkPresets )
#include "testnetworkpresetscore.moc"
