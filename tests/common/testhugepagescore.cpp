/***************************************************************************
  testhugepagescore.cpp - large arrays advised onto huge pages, their values untouched
 ***************************************************************************/
#include "bytes.h"
#include "hugepages.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QtTest>

#include <cstdint>
#include <numeric>

using namespace placegap;

namespace
{
  //! The VmFlags of the mapping of this process that holds address, from /proc/self/smaps; empty if none.
  QString vmFlagsAt( const void *address )
  {
    QFile smaps( QStringLiteral( "/proc/self/smaps" ) );
    if ( !smaps.open( QIODevice::ReadOnly | QIODevice::Text ) )
      return QString();
    const std::uintptr_t at = reinterpret_cast<std::uintptr_t>( address );
    const QRegularExpression range( QStringLiteral( "^([0-9a-f]+)-([0-9a-f]+) " ) );
    bool inside = false;
    for ( const QByteArray &line : smaps.readAll().split( '\n' ) )
    {
      const QRegularExpressionMatch match = range.match( QString::fromLatin1( line ) );
      if ( match.hasMatch() )
        inside = match.captured( 1 ).toULongLong( nullptr, 16 ) <= at && at < match.captured( 2 ).toULongLong( nullptr, 16 );
      else if ( inside && line.startsWith( "VmFlags:" ) )
        return QString::fromLatin1( line.mid( 8 ) ).simplified();
    }
    return QString();
  }

  bool kernelOffersHugePages()
  {
    QFile mode( QStringLiteral( "/sys/kernel/mm/transparent_hugepage/enabled" ) );
    return mode.open( QIODevice::ReadOnly ) && !mode.readAll().contains( "[never]" );
  }
} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

  private slots:
    void largeArraysAreAdvised();
    void arraysReadBackUnchanged();
};

void TestHugePages::largeArraysAreAdvised()
{
  // 32 MiB of doubles: the whole 2 MiB pages inside are marked for huge pages ("hg" in the
  // mapping's flags) before a value is written; a small array is left as it is.
#ifndef Q_OS_LINUX
  QSKIP( "Huge pages are advised on Linux only." );
#else
  if ( !kernelOffersHugePages() )
    QSKIP( "This kernel offers no transparent huge pages." );
  std::vector<double> large;
  reserveOnHugePages( large, std::size_t( 4 ) << 20 );
  QVERIFY( vmFlagsAt( large.data() + ( std::size_t( 2 ) << 20 ) ).split( ' ' ).contains( QStringLiteral( "hg" ) ) );
  large.assign( large.capacity(), 1.5 );
  QCOMPARE( std::accumulate( large.begin(), large.end(), 0.0 ), 1.5 * static_cast<double>( large.size() ) );

  std::vector<double> small;
  reserveOnHugePages( small, 1000 );
  QVERIFY( !vmFlagsAt( small.data() ).split( ' ' ).contains( QStringLiteral( "hg" ) ) );
#endif
}

void TestHugePages::arraysReadBackUnchanged()
{
  // Arrays from the graph cache's bytes are advised before they are filled: every value back.
  std::vector<std::uint32_t> values( std::size_t( 3 ) << 20 );
  std::iota( values.begin(), values.end(), 7u );
  const std::vector<double> few { 0.25, -3.0 };
  ByteWriter out;
  out.reserve( ByteWriter::arrayBytes( values, few ) );
  out.array( values );
  out.array( few );
  const std::string bytes = out.take();
  QCOMPARE( bytes.size(), ByteWriter::arrayBytes( values, few ) );
  ByteReader in( bytes );
  std::vector<std::uint32_t> valuesBack { 99 };
  std::vector<double> fewBack;
  QVERIFY( in.array( valuesBack ) );
  QVERIFY( in.array( fewBack ) );
  QVERIFY( in.atEnd() );
  QVERIFY( valuesBack == values );
  QVERIFY( fewBack == few );
}

QTEST_MAIN( TestHugePages )
#include "testhugepagescore.moc"
