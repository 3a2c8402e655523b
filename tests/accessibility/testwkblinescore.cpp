/***************************************************************************
  testwkblinescore.cpp - line parts read straight from well-known binary, byte by byte
 ***************************************************************************/
#include "wkblines.h"

#include <QObject>
#include <QtTest>

#include <cstdint>
#include <cstring>

using namespace placegap;

namespace
{
  //! Well-known binary written by hand, field by field, in either byte order.
  class WkbBytes
  {
    public:
      explicit WkbBytes( bool bigEndian = false )
          : mBig( bigEndian ) {}

      WkbBytes &header( std::uint32_t type )
      {
        mBytes.push_back( mBig ? 0 : 1 );
        return uint32( type );
      }

      WkbBytes &uint32( std::uint32_t value )
      {
        for ( int i = 0; i < 4; ++i )
          mBytes.push_back( static_cast<unsigned char>( value >> ( mBig ? 24 - 8 * i : 8 * i ) ) );
        return *this;
      }

      WkbBytes &number( double value )
      {
        std::uint64_t bits = 0;
        std::memcpy( &bits, &value, sizeof bits );
        for ( int i = 0; i < 8; ++i )
          mBytes.push_back( static_cast<unsigned char>( bits >> ( mBig ? 56 - 8 * i : 8 * i ) ) );
        return *this;
      }

      WkbBytes &append( const WkbBytes &other )
      {
        mBytes.insert( mBytes.end(), other.mBytes.begin(), other.mBytes.end() );
        return *this;
      }

      const std::vector<unsigned char> &bytes() const { return mBytes; }

    private:
      bool mBig;
      std::vector<unsigned char> mBytes;
  };

  std::vector<std::vector<Point>> partsOf( const std::vector<unsigned char> &bytes, WkbLines expected = WkbLines::Lines )
  {
    std::vector<std::vector<Point>> parts { { { 9, 9 } } }; // cleared by the reader
    const WkbLines read = readWkbLines( bytes.data(), bytes.size(), parts );
    if ( read != expected )
      return { { { -1, -1 } } }; // compares unequal to any expected parts
    return parts;
  }

  QString text( const std::vector<std::vector<Point>> &parts )
  {
    QStringList out;
    for ( const std::vector<Point> &part : parts )
    {
      QStringList points;
      for ( const Point &p : part )
        points << QStringLiteral( "%1 %2" ).arg( p.x ).arg( p.y );
      out << '(' + points.join( QStringLiteral( ", " ) ) + ')';
    }
    return out.join( ' ' );
  }
} // namespace

class TestWkbLines : public QObject
{
    Q_OBJECT

  private slots:
    void lineStringInEitherByteOrder();
    void zAndMAreDropped_data();
    void zAndMAreDropped();
    void multiLineStringPartsInOrder();
    void emptyLinesGiveEmptyParts();
    void otherGeometriesAreLeftToTheCaller_data();
    void otherGeometriesAreLeftToTheCaller();
    void lengthIsTheSumOfSegments();
};

// LineString(0 0, 3 4, 3 10): 2 = LineString, 3 points.
void TestWkbLines::lineStringInEitherByteOrder()
{
  for ( bool big : { false, true } )
  {
    WkbBytes wkb( big );
    wkb.header( 2 ).uint32( 3 ).number( 0 ).number( 0 ).number( 3 ).number( 4 ).number( 3 ).number( 10.25 );
    QCOMPARE( text( partsOf( wkb.bytes() ) ), QStringLiteral( "(0 0, 3 4, 3 10.25)" ) );
  }
}

void TestWkbLines::zAndMAreDropped_data()
{
  QTest::addColumn<uint>( "type" );
  QTest::addColumn<int>( "extra" ); // numbers after x and y
  QTest::addColumn<bool>( "srid" );
  QTest::newRow( "ISO Z (1002)" ) << 1002u << 1 << false;
  QTest::newRow( "ISO M (2002)" ) << 2002u << 1 << false;
  QTest::newRow( "ISO ZM (3002)" ) << 3002u << 2 << false;
  QTest::newRow( "2.5D flag" ) << ( 0x80000000u | 2u ) << 1 << false;
  QTest::newRow( "EWKB ZM flags" ) << ( 0xC0000000u | 2u ) << 2 << false;
  QTest::newRow( "EWKB Z with a SRID" ) << ( 0xA0000000u | 2u ) << 1 << true;
}

void TestWkbLines::zAndMAreDropped()
{
  QFETCH( uint, type );
  QFETCH( int, extra );
  QFETCH( bool, srid );
  WkbBytes wkb;
  wkb.header( type );
  if ( srid )
    wkb.uint32( 27700 );
  wkb.uint32( 2 );
  for ( const Point &p : { Point { 1, 2 }, Point { 5, 7 } } )
  {
    wkb.number( p.x ).number( p.y );
    for ( int i = 0; i < extra; ++i )
      wkb.number( 100 + i );
  }
  QCOMPARE( text( partsOf( wkb.bytes() ) ), QStringLiteral( "(1 2, 5 7)" ) );
}

// MultiLineString of a 2D big-endian part and a Z little-endian part: each part has its own header.
void TestWkbLines::multiLineStringPartsInOrder()
{
  WkbBytes first( true );
  first.header( 2 ).uint32( 2 ).number( 0 ).number( 0 ).number( 1 ).number( 0 );
  WkbBytes second;
  second.header( 1002 ).uint32( 3 ).number( 5 ).number( 5 ).number( 0 ).number( 6 ).number( 5 ).number( 0 ).number( 6 ).number( 6 ).number( 0 );
  WkbBytes multi;
  multi.header( 5 ).uint32( 2 ).append( first ).append( second );
  QCOMPARE( text( partsOf( multi.bytes() ) ), QStringLiteral( "(0 0, 1 0) (5 5, 6 5, 6 6)" ) );
  WkbBytes multiZ;
  multiZ.header( 1005 ).uint32( 1 ).append( second );
  QCOMPARE( text( partsOf( multiZ.bytes() ) ), QStringLiteral( "(5 5, 6 5, 6 6)" ) );
}

// An empty line is one empty part; an empty multi-line has none; an empty part keeps its place.
void TestWkbLines::emptyLinesGiveEmptyParts()
{
  WkbBytes empty;
  empty.header( 2 ).uint32( 0 );
  QCOMPARE( partsOf( empty.bytes() ).size(), std::size_t( 1 ) );
  QVERIFY( partsOf( empty.bytes() ).front().empty() );
  WkbBytes emptyMulti;
  emptyMulti.header( 5 ).uint32( 0 );
  QVERIFY( partsOf( emptyMulti.bytes() ).empty() );
  WkbBytes one;
  one.header( 2 ).uint32( 1 ).number( 4 ).number( 4 );
  WkbBytes withEmpty;
  withEmpty.header( 5 ).uint32( 2 ).append( empty ).append( one );
  QCOMPARE( text( partsOf( withEmpty.bytes() ) ), QStringLiteral( "() (4 4)" ) );
}

void TestWkbLines::otherGeometriesAreLeftToTheCaller_data()
{
  QTest::addColumn<QByteArray>( "bytes" );
  const auto bytes = []( const WkbBytes &wkb )
  { return QByteArray( reinterpret_cast<const char *>( wkb.bytes().data() ), static_cast<int>( wkb.bytes().size() ) ); };
  WkbBytes line;
  line.header( 2 ).uint32( 2 ).number( 0 ).number( 0 ).number( 1 ).number( 1 );
  QTest::newRow( "point" ) << bytes( WkbBytes().header( 1 ).number( 1 ).number( 2 ) );
  QTest::newRow( "circular string" ) << bytes( WkbBytes().header( 8 ).uint32( 3 ).number( 0 ).number( 0 ).number( 1 ).number( 1 ).number( 2 ).number( 0 ) );
  QTest::newRow( "compound curve" ) << bytes( WkbBytes().header( 9 ).uint32( 1 ).append( line ) );
  QTest::newRow( "multi-curve" ) << bytes( WkbBytes().header( 11 ).uint32( 1 ).append( line ) );
  QTest::newRow( "collection of a line" ) << bytes( WkbBytes().header( 7 ).uint32( 1 ).append( line ) );
  QTest::newRow( "polygon" ) << bytes( WkbBytes().header( 3 ).uint32( 0 ) );
  QTest::newRow( "multi-line of a point" ) << bytes( WkbBytes().header( 5 ).uint32( 1 ).append( WkbBytes().header( 1 ).number( 1 ).number( 2 ) ) );
  QByteArray truncated = bytes( line );
  truncated.chop( 1 );
  QTest::newRow( "a byte short" ) << truncated;
  QTest::newRow( "more parts than bytes" ) << bytes( WkbBytes().header( 5 ).uint32( 4000000000u ) );
  QTest::newRow( "more points than bytes" ) << bytes( WkbBytes().header( 2 ).uint32( 4000000000u ).number( 1 ).number( 1 ) );
  QTest::newRow( "bad byte order" ) << QByteArray( "\x02\x02\x00\x00\x00", 5 );
  QTest::newRow( "unknown dimensions (4002)" ) << bytes( WkbBytes().header( 4002 ).uint32( 0 ) );
  QTest::newRow( "nothing" ) << QByteArray();
}

void TestWkbLines::otherGeometriesAreLeftToTheCaller()
{
  QFETCH( QByteArray, bytes );
  std::vector<std::vector<Point>> parts { { { 1, 1 } } };
  QCOMPARE( readWkbLines( reinterpret_cast<const unsigned char *>( bytes.constData() ), static_cast<std::size_t>( bytes.size() ), parts ), WkbLines::Other );
  QVERIFY( parts.empty() );
}

// 3-4-5 triangles: (0 0)-(3 4) is 5, (3 4)-(3 10) is 6; a second part (0 0)-(0 -2) adds 2.
void TestWkbLines::lengthIsTheSumOfSegments()
{
  QCOMPARE( linesLength( { { { 0, 0 }, { 3, 4 }, { 3, 10 } }, { { 0, 0 }, { 0, -2 } }, {} } ), 13.0 );
  QCOMPARE( linesLength( {} ), 0.0 );
}

QTEST_GUILESS_MAIN( TestWkbLines )
#include "testwkblinescore.moc"
