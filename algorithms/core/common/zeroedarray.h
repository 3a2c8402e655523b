/***************************************************************************
  zeroedarray.h - a fixed-size array of plain values that starts as all zero bytes, lazily
 ***************************************************************************/
#ifndef PLACEGAP_CORE_ZEROEDARRAY_H
#define PLACEGAP_CORE_ZEROEDARRAY_H

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace placegap
{
  /**
   * An array of n plain values whose bytes start at zero, from calloc: for a large array the
   * system hands over zero pages as they are first touched, so a search that reaches a tenth of
   * a grid pays for a tenth of its labels, where a std::vector would write every one up front.
   * For values whose all-zero bytes mean "not set" (a run stamp of 0, say).
   */
  template <typename T>
  class ZeroedArray
  {
      static_assert( std::is_trivially_copyable_v<T>, "ZeroedArray holds plain values" );

    public:
      ZeroedArray() = default;
      explicit ZeroedArray( std::size_t size )
          : mData( size ? static_cast<T *>( std::calloc( size, sizeof( T ) ) ) : nullptr ), mSize( size )
      {
        if ( size && !mData )
          throw std::bad_alloc();
      }
      ZeroedArray( const ZeroedArray &other )
          : ZeroedArray( other.mSize )
      {
        if ( mSize )
          std::memcpy( mData.get(), other.mData.get(), mSize * sizeof( T ) );
      }
      ZeroedArray( ZeroedArray &&other ) noexcept = default;
      ZeroedArray &operator=( ZeroedArray other ) noexcept
      {
        mData.swap( other.mData );
        std::swap( mSize, other.mSize );
        return *this;
      }

      std::size_t size() const { return mSize; }
      bool empty() const { return mSize == 0; }
      T &operator[]( std::size_t i ) { return mData.get()[i]; }
      const T &operator[]( std::size_t i ) const { return mData.get()[i]; }
      T *begin() { return mData.get(); }
      T *end() { return mData.get() + mSize; }

    private:
      struct Free
      {
          void operator()( T *data ) const { std::free( data ); }
      };
      std::unique_ptr<T, Free> mData;
      std::size_t mSize = 0;
  };
} // namespace placegap

#endif // PLACEGAP_CORE_ZEROEDARRAY_H
