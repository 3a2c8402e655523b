/***************************************************************************
  wkblines.cpp - the parts of a line geometry read straight from its well-known binary
 ***************************************************************************/
#include "wkblines.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace placegap
{
  namespace
  {
    constexpr std::uint32_t LINE_STRING = 2;
    constexpr std::uint32_t MULTI_LINE_STRING = 5;
    // The 2.5D/EWKB flags, beside ISO's thousands.
    constexpr std::uint32_t EWKB_Z = 0x80000000u;
    constexpr std::uint32_t EWKB_M = 0x40000000u;
    constexpr std::uint32_t EWKB_SRID = 0x20000000u;

    //! Walks the bytes, each geometry in its own byte order; fails rather than reads past the end.
    class WkbCursor
    {
      public:
        WkbCursor( const unsigned char *data, std::size_t bytes )
            : mData( data ), mEnd( data + bytes ) {}

        bool byteOrder()
        {
          if ( mData == mEnd || *mData > 1 )
            return false;
          mSwap = ( *mData == 1 ) != littleEndianHost();
          ++mData;
          return true;
        }

        bool uint32( std::uint32_t &value )
        {
          if ( static_cast<std::size_t>( mEnd - mData ) < sizeof value )
            return false;
          copyInHostOrder( mData, &value, sizeof value );
          mData += sizeof value;
          return true;
        }

        //! count points of dimensions doubles each, x and y kept.
        bool points( std::uint32_t count, std::size_t dimensions, std::vector<Point> &into )
        {
          const std::size_t stride = dimensions * sizeof( double );
          if ( static_cast<std::size_t>( mEnd - mData ) / stride < count )
            return false;
          into.resize( count );
          for ( std::uint32_t i = 0; i < count; ++i, mData += stride )
          {
            into[i].x = readDouble( mData );
            into[i].y = readDouble( mData + sizeof( double ) );
          }
          return true;
        }

      private:
        static bool littleEndianHost()
        {
          const std::uint16_t one = 1;
          unsigned char first = 0;
          std::memcpy( &first, &one, 1 );
          return first == 1;
        }

        void copyInHostOrder( const unsigned char *from, void *to, std::size_t size ) const
        {
          if ( !mSwap )
          {
            std::memcpy( to, from, size );
            return;
          }
          unsigned char *out = static_cast<unsigned char *>( to );
          for ( std::size_t i = 0; i < size; ++i )
            out[i] = from[size - 1 - i];
        }

        double readDouble( const unsigned char *at ) const
        {
          double value = 0;
          copyInHostOrder( at, &value, sizeof value );
          return value;
        }

        const unsigned char *mData;
        const unsigned char *mEnd;
        bool mSwap = false;
    };

    //! A geometry's header: its byte order and type, split into the flat type and its dimensions.
    bool header( WkbCursor &cursor, std::uint32_t &flatType, std::size_t &dimensions )
    {
      std::uint32_t type = 0;
      if ( !cursor.byteOrder() || !cursor.uint32( type ) )
        return false;
      dimensions = 2;
      if ( type & EWKB_Z )
        ++dimensions;
      if ( type & EWKB_M )
        ++dimensions;
      if ( type & EWKB_SRID )
      {
        std::uint32_t srid = 0;
        if ( !cursor.uint32( srid ) )
          return false;
      }
      type &= ~( EWKB_Z | EWKB_M | EWKB_SRID );
      switch ( type / 1000 )
      {
      case 0:
        break;
      case 1: // Z
      case 2: // M
        ++dimensions;
        break;
      case 3: // ZM
        dimensions += 2;
        break;
      default:
        return false;
      }
      if ( dimensions > 4 )
        return false;
      flatType = type % 1000;
      return true;
    }

    bool lineString( WkbCursor &cursor, std::size_t dimensions, std::vector<Point> &into )
    {
      std::uint32_t count = 0;
      return cursor.uint32( count ) && cursor.points( count, dimensions, into );
    }
  } // namespace

  WkbLines readWkbLines( const unsigned char *wkb, std::size_t bytes, std::vector<std::vector<Point>> &parts )
  {
    parts.clear();
    if ( !wkb )
      return WkbLines::Other;
    WkbCursor cursor( wkb, bytes );
    std::uint32_t type = 0;
    std::size_t dimensions = 2;
    if ( !header( cursor, type, dimensions ) )
      return WkbLines::Other;
    if ( type == LINE_STRING )
    {
      parts.emplace_back();
      if ( lineString( cursor, dimensions, parts.back() ) )
        return WkbLines::Lines;
      parts.clear();
      return WkbLines::Other;
    }
    std::uint32_t count = 0;
    if ( type != MULTI_LINE_STRING || !cursor.uint32( count ) || count > bytes / 9 )
      return WkbLines::Other;
    parts.resize( count );
    for ( std::vector<Point> &part : parts )
    {
      std::uint32_t partType = 0;
      std::size_t partDimensions = 2;
      if ( !header( cursor, partType, partDimensions ) || partType != LINE_STRING || !lineString( cursor, partDimensions, part ) )
      {
        parts.clear();
        return WkbLines::Other;
      }
    }
    return WkbLines::Lines;
  }

  double linesLength( const std::vector<std::vector<Point>> &parts )
  {
    double total = 0;
    for ( const std::vector<Point> &part : parts )
    {
      for ( std::size_t i = 1; i < part.size(); ++i )
      {
        const double dx = part[i].x - part[i - 1].x;
        const double dy = part[i].y - part[i - 1].y;
        total += std::sqrt( dx * dx + dy * dy );
      }
    }
    return total;
  }
} // namespace placegap
