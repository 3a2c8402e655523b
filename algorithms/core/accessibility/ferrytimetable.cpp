/***************************************************************************
  ferrytimetable.cpp - timetabled sailings between network nodes, for one day of travel
 ***************************************************************************/
#include "ferrytimetable.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

namespace placegap
{
  namespace
  {
    //! CSR of leg indices by a node key (from or to).
    void indexLegs( const std::vector<FerryTimetable::Leg> &legs, std::size_t nodeCount, bool byFrom, std::vector<std::uint32_t> &start, std::vector<std::uint32_t> &indices )
    {
      start.assign( nodeCount + 1, 0 );
      for ( const FerryTimetable::Leg &leg : legs )
        ++start[( byFrom ? leg.from : leg.to ) + 1];
      for ( std::size_t n = 0; n < nodeCount; ++n )
        start[n + 1] += start[n];
      indices.assign( legs.size(), 0 );
      std::vector<std::uint32_t> fill( start.begin(), start.end() - 1 );
      for ( std::uint32_t l = 0; l < legs.size(); ++l )
        indices[fill[byFrom ? legs[l].from : legs[l].to]++] = l;
    }
  } // namespace

  FerryTimetable::FerryTimetable( const std::vector<Sailing> &sailings, int dayOfWeek, std::size_t nodeCount, double checkInSeconds )
      : mCheckIn( std::max( 0.0, checkInSeconds ) ), mDay( dayOfWeek )
  {
    // Legs keyed by (from, to), in node order so that the result does not hang on input order.
    std::map<std::pair<NodeId, NodeId>, std::vector<const Sailing *>> byLeg;
    for ( const Sailing &sailing : sailings )
    {
      if ( !( sailing.days & ( 1u << dayOfWeek ) ) || sailing.from >= nodeCount || sailing.to >= nodeCount || sailing.from == sailing.to )
        continue;
      byLeg[{ sailing.from, sailing.to }].push_back( &sailing );
    }
    mSailingStart.push_back( 0 );
    for ( auto &[key, legSailings] : byLeg )
    {
      Leg leg { key.first, key.second, 0 };
      for ( const Sailing *sailing : legSailings )
        leg.metres = std::max( leg.metres, sailing->metres );
      mLegs.push_back( leg );

      std::vector<Boarding> trips;
      for ( const Sailing *sailing : legSailings )
      {
        const double checkIn = sailing->checkInSeconds >= 0 ? sailing->checkInSeconds : mCheckIn;
        trips.push_back( { sailing->departSeconds, sailing->departSeconds + sailing->crossingSeconds, sailing->departSeconds - checkIn } );
      }
      // By the time one must be at the terminal; from the last back, the earliest arrival of any sailing boarded then or later.
      std::sort( trips.begin(), trips.end(), []( const Boarding &a, const Boarding &b )
                 { return a.boardBy < b.boardBy || ( a.boardBy == b.boardBy && a.arrive < b.arrive ); } );
      const std::size_t first = mBoardBy.size();
      for ( const Boarding &trip : trips )
      {
        mBoardBy.push_back( trip.boardBy );
        mBestFromBoardBy.push_back( trip );
      }
      for ( std::size_t i = mBoardBy.size() - 1; i > first; --i )
      {
        if ( mBestFromBoardBy[i].arrive <= mBestFromBoardBy[i - 1].arrive )
          mBestFromBoardBy[i - 1] = mBestFromBoardBy[i];
      }
      // By arrival; from the first on, the latest boarding of any sailing arriving then or earlier.
      std::sort( trips.begin(), trips.end(), []( const Boarding &a, const Boarding &b )
                 { return a.arrive < b.arrive || ( a.arrive == b.arrive && a.boardBy > b.boardBy ); } );
      for ( std::size_t i = 0; i < trips.size(); ++i )
      {
        mArrivals.push_back( trips[i].arrive );
        Boarding best = trips[i];
        if ( i > 0 && mBestUpToArrival.back().boardBy >= best.boardBy )
          best = mBestUpToArrival.back();
        mBestUpToArrival.push_back( best );
      }
      mSailingStart.push_back( static_cast<std::uint32_t>( mBoardBy.size() ) );
      double shortest = trips.front().arrive - trips.front().depart;
      for ( const Boarding &trip : trips )
        shortest = std::min( shortest, trip.arrive - trip.depart );
      mShortestCrossing.push_back( shortest );
    }
    indexLegs( mLegs, nodeCount, true, mFromStart, mLegsFrom );
    indexLegs( mLegs, nodeCount, false, mToStart, mLegsTo );
  }

  FerryTimetable FerryTimetable::withTiming( FerryTiming timing ) const
  {
    FerryTimetable copy = *this;
    copy.mTiming = timing;
    return copy;
  }

  namespace
  {
    //! Seconds from reaching a leg's terminal to boarding, when sailings are not timetabled.
    double staticWait( FerryTiming timing, double checkIn, std::size_t sailings )
    {
      if ( timing == FerryTiming::CrossingOnly )
        return 0;
      return checkIn + SECONDS_PER_DAY / ( 2.0 * static_cast<double>( std::max<std::size_t>( 1, sailings ) ) );
    }
  } // namespace

  bool FerryTimetable::earliestArrival( std::uint32_t leg, double clock, Boarding &boarding ) const
  {
    if ( mTiming != FerryTiming::Timetabled )
    {
      boarding.boardBy = clock;
      boarding.depart = clock + staticWait( mTiming, mCheckIn, legSailings( leg ) );
      boarding.arrive = boarding.depart + mShortestCrossing[leg];
      return true;
    }
    const auto begin = mBoardBy.begin() + mSailingStart[leg];
    const auto end = mBoardBy.begin() + mSailingStart[leg + 1];
    const auto it = std::lower_bound( begin, end, clock );
    if ( it == end )
      return false;
    boarding = mBestFromBoardBy[static_cast<std::size_t>( it - mBoardBy.begin() )];
    return true;
  }

  bool FerryTimetable::latestDeparture( std::uint32_t leg, double clock, Boarding &boarding ) const
  {
    if ( mTiming != FerryTiming::Timetabled )
    {
      // The traveller leaves the terminal's road at depart - check-in: that is the static wait before the crossing.
      boarding.arrive = clock;
      boarding.depart = clock - mShortestCrossing[leg];
      boarding.boardBy = boarding.depart - staticWait( mTiming, mCheckIn, legSailings( leg ) );
      return true;
    }
    const auto begin = mArrivals.begin() + mSailingStart[leg];
    const auto end = mArrivals.begin() + mSailingStart[leg + 1];
    const auto it = std::upper_bound( begin, end, clock );
    if ( it == begin )
      return false;
    boarding = mBestUpToArrival[static_cast<std::size_t>( it - mArrivals.begin() ) - 1];
    return true;
  }

  std::size_t FerryTimetable::sailingsBetween( NodeId from, NodeId to ) const
  {
    std::size_t count = 0;
    for ( std::uint32_t i = legsFromStart( from ); i < legsFromEnd( from ); ++i )
    {
      const std::uint32_t l = mLegsFrom[i];
      if ( mLegs[l].to == to )
        count += mSailingStart[l + 1] - mSailingStart[l];
    }
    return count;
  }

  bool parseTimeOfDay( const std::string &text, double &seconds )
  {
    int parts[3] = { 0, 0, 0 };
    int count = 0;
    std::size_t i = 0;
    while ( i < text.size() && count < 3 )
    {
      std::size_t digits = 0;
      int value = 0;
      while ( i < text.size() && std::isdigit( static_cast<unsigned char>( text[i] ) ) && digits < 2 )
      {
        value = value * 10 + ( text[i] - '0' );
        ++i;
        ++digits;
      }
      if ( digits == 0 )
        return false;
      parts[count++] = value;
      if ( i < text.size() )
      {
        if ( text[i] != ':' || count == 3 )
          return false;
        ++i;
        if ( i == text.size() )
          return false;
      }
    }
    if ( count < 2 || i != text.size() || parts[0] > 23 || parts[1] > 59 || parts[2] > 59 )
      return false;
    seconds = parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
    return true;
  }

  bool parseDepartAt( const std::string &text, int defaultDay, int &dayOfWeek, double &seconds )
  {
    std::string trimmed = text;
    trimmed.erase( 0, trimmed.find_first_not_of( " \t" ) );
    trimmed.erase( trimmed.find_last_not_of( " \t" ) + 1 );
    std::string day;
    std::string time = trimmed;
    const std::size_t space = trimmed.find_first_of( " \t" );
    if ( space != std::string::npos )
    {
      day = trimmed.substr( 0, space );
      time = trimmed.substr( trimmed.find_first_not_of( " \t", space ) );
    }
    dayOfWeek = defaultDay;
    if ( !day.empty() )
    {
      std::string lower;
      for ( char c : day )
        lower += static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
      static const char *const names[7] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
      dayOfWeek = -1;
      for ( int d = 0; d < 7; ++d )
      {
        const std::string name = names[d];
        if ( lower.size() >= 3 && name.compare( 0, lower.size(), lower ) == 0 )
          dayOfWeek = d;
      }
      if ( dayOfWeek < 0 )
        return false;
    }
    return parseTimeOfDay( time, seconds );
  }

  const char *dayName( int dayOfWeek )
  {
    static const char *const names[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    return dayOfWeek >= 0 && dayOfWeek < 7 ? names[dayOfWeek] : "";
  }

} // namespace placegap
