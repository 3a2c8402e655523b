/***************************************************************************
  bytes.h - plain values and arrays to and from a string of bytes, for the caches
 ***************************************************************************/
#ifndef PLACEGAP_CORE_BYTES_H
#define PLACEGAP_CORE_BYTES_H

#include "hugepages.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace placegap
{
  //! What every byte format starts with: four letters naming it and its version (then a byte-order mark).
  struct ByteFormat
  {
      char name[4];
      std::uint32_t version;
  };

  //! Marks this machine's byte order in a header: read on a machine of the other order, it does not match.
  constexpr std::uint32_t BYTE_ORDER_MARK = 0x01020304;

  /**
   * Appends plain values, and arrays as their count then their bytes, in this machine's byte
   * order (the formats that use it mark the order in a header).
   */
  class ByteWriter
  {
    public:
      //! Room for bytes more, advised onto huge pages: a graph of 160 MB written by growing the
      //! string was copied at every doubling and faulted in a page at a time.
      void reserve( std::size_t bytes )
      {
        mBytes.reserve( mBytes.size() + bytes );
        adviseHugePages( mBytes.data(), mBytes.capacity() );
      }
      //! What array() writes for each of arrays, in bytes, added up.
      template <typename... T>
      static std::size_t arrayBytes( const std::vector<T> &...arrays )
      {
        return ( ( sizeof( std::uint64_t ) + arrays.size() * sizeof( T ) ) + ... );
      }
      template <typename T>
      void value( const T &v )
      {
        static_assert( std::is_trivially_copyable_v<T> );
        mBytes.append( reinterpret_cast<const char *>( &v ), sizeof( T ) );
      }
      template <typename T>
      void array( const std::vector<T> &values )
      {
        value( static_cast<std::uint64_t>( values.size() ) );
        if ( !values.empty() )
          mBytes.append( reinterpret_cast<const char *>( values.data() ), values.size() * sizeof( T ) );
      }
      //! The format's name, version and the byte-order mark.
      void header( const ByteFormat &format )
      {
        for ( char c : format.name )
          value( c );
        value( format.version );
        value( BYTE_ORDER_MARK );
      }
      std::string take() { return std::move( mBytes ); }

    private:
      std::string mBytes;
  };

  //! Reads what a ByteWriter wrote; each read is false once the bytes run out (or a count is too large for them).
  class ByteReader
  {
    public:
      //! Reads bytes in place: they must outlive the reader.
      explicit ByteReader( std::string_view bytes )
          : mBytes( bytes )
      {
      }
      template <typename T>
      bool value( T &v )
      {
        if ( mBytes.size() - mPosition < sizeof( T ) )
          return false;
        std::memcpy( &v, mBytes.data() + mPosition, sizeof( T ) );
        mPosition += sizeof( T );
        return true;
      }
      template <typename T>
      bool array( std::vector<T> &values )
      {
        std::uint64_t count = 0;
        if ( !value( count ) || count > ( mBytes.size() - mPosition ) / sizeof( T ) )
          return false;
        assignOnHugePages( values, static_cast<std::size_t>( count ) );
        if ( count > 0 )
          std::memcpy( values.data(), mBytes.data() + mPosition, static_cast<std::size_t>( count ) * sizeof( T ) );
        mPosition += static_cast<std::size_t>( count ) * sizeof( T );
        return true;
      }
      //! True when the bytes start with format's header: its name, its version and this machine's byte order.
      bool header( const ByteFormat &format )
      {
        for ( char expected : format.name )
        {
          char c = 0;
          if ( !value( c ) || c != expected )
            return false;
        }
        std::uint32_t version = 0;
        std::uint32_t byteOrder = 0;
        return value( version ) && version == format.version && value( byteOrder ) && byteOrder == BYTE_ORDER_MARK;
      }
      bool atEnd() const { return mPosition == mBytes.size(); }

    private:
      std::string_view mBytes;
      std::size_t mPosition = 0;
  };
} // namespace placegap

#endif // PLACEGAP_CORE_BYTES_H
