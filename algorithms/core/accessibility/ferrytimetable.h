/***************************************************************************
  ferrytimetable.h - timetabled sailings between network nodes, for one day of travel
 ***************************************************************************/
#ifndef PLACEGAP_CORE_FERRYTIMETABLE_H
#define PLACEGAP_CORE_FERRYTIMETABLE_H

#include "roadgraph.h"

#include <cstdint>
#include <vector>

namespace placegap
{
  constexpr double SECONDS_PER_DAY = 86400.0;

  //! One timetabled sailing between two network nodes (its terminals, once matched).
  struct Sailing
  {
      NodeId from = NO_ID;
      NodeId to = NO_ID;
      double departSeconds = 0;   //!< Time of day it leaves, seconds after midnight (0 .. 86399).
      double crossingSeconds = 0; //!< Time on board; it arrives at departSeconds + crossingSeconds (past midnight is allowed).
      std::uint8_t days = 0x7F;   //!< Days it runs: bit 0 Monday .. bit 6 Sunday.
      double metres = 0;          //!< Length counted for the crossing (e.g. the straight line between terminals).
      double checkInSeconds = -1; //!< Check-in of this sailing (e.g. vehicles 30 min, foot 10); < 0: the timetable's.
  };

  //! Where a sailing is boarded and left, as clock seconds from midnight of the day of travel.
  struct Boarding
  {
      double depart = 0;
      double arrive = 0;
      double boardBy = 0; //!< When the traveller must be at the terminal: depart less the sailing's check-in.
  };

  //! How a timetable's legs are costed: as timetabled, or as the static models other tools use (for sensitivity).
  enum class FerryTiming
  {
    Timetabled,   //!< Wait for the next sailing; none after the last of the day.
    CrossingOnly, //!< Board at once: the shortest crossing of the leg, no check-in, no wait.
    AverageWait,  //!< Check-in plus half the mean time between the day's sailings (24 h / 2n), then the shortest crossing.
  };

  /**
   * The sailings of one day of the week, grouped into legs (all sailings from one node to
   * another) for time-dependent searches. A traveller must be at the terminal the sailing's own
   * check-in, else checkInSeconds, before it leaves.
   *
   * Forward (earliest arrival): of the sailings one can still board, the one that arrives
   * first; a later sailing that overtakes an earlier one is taken, so a leg's arrival never gets
   * earlier by setting off later (FIFO), which is what keeps a label-setting search exact.
   * Backward (latest departure): of the sailings that arrive in time, the one that leaves last.
   *
   * Only the day's own sailings count: a trip that needs a sailing after midnight cannot be
   * made that day, but a sailing leaving before midnight may arrive after it.
   */
  class FerryTimetable
  {
    public:
      FerryTimetable() = default;
      //! dayOfWeek 0 = Monday .. 6 = Sunday; sailings that do not run that day are left out.
      FerryTimetable( const std::vector<Sailing> &sailings, int dayOfWeek, std::size_t nodeCount, double checkInSeconds );

      struct Leg
      {
          NodeId from = NO_ID;
          NodeId to = NO_ID;
          double metres = 0;
      };

      //! A copy costed another way (the legs and sailings stay those of the day).
      FerryTimetable withTiming( FerryTiming timing ) const;
      FerryTiming timing() const { return mTiming; }

      bool isEmpty() const { return mLegs.empty(); }
      std::size_t legCount() const { return mLegs.size(); }
      const Leg &leg( std::uint32_t index ) const { return mLegs[index]; }
      std::size_t sailingCount() const { return mBoardBy.size(); }
      double checkInSeconds() const { return mCheckIn; }
      int dayOfWeek() const { return mDay; }

      //! Legs leaving node (forward) as indices legsFrom()[legsFromStart(node) .. legsFromStart(node + 1) - 1].
      std::uint32_t legsFromStart( NodeId node ) const { return node < mFromStart.size() - 1 ? mFromStart[node] : 0; }
      std::uint32_t legsFromEnd( NodeId node ) const { return node < mFromStart.size() - 1 ? mFromStart[node + 1] : 0; }
      const std::vector<std::uint32_t> &legsFrom() const { return mLegsFrom; }
      //! Legs arriving at node, likewise.
      std::uint32_t legsToStart( NodeId node ) const { return node < mToStart.size() - 1 ? mToStart[node] : 0; }
      std::uint32_t legsToEnd( NodeId node ) const { return node < mToStart.size() - 1 ? mToStart[node + 1] : 0; }
      const std::vector<std::uint32_t> &legsTo() const { return mLegsTo; }

      /**
       * The sailing of leg that arrives first among those a traveller at its terminal at clock
       * seconds can board (boardBy at clock or later); false when none is left that day.
       */
      bool earliestArrival( std::uint32_t leg, double clock, Boarding &boarding ) const;
      /**
       * The sailing of leg one can be at the terminal for latest (boardBy) among those arriving
       * by clock seconds; false when none does.
       */
      bool latestDeparture( std::uint32_t leg, double clock, Boarding &boarding ) const;

      //! Sailings of the day on leg.
      std::size_t legSailings( std::uint32_t leg ) const { return mSailingStart[leg + 1] - mSailingStart[leg]; }
      //! Sailings of the day from one node to another (all legs between them), for reports.
      std::size_t sailingsBetween( NodeId from, NodeId to ) const;

    private:
      std::vector<Leg> mLegs;
      // Per leg, its sailings by the time one must be at the terminal (with the best arrival from each on) and by arrival.
      std::vector<std::uint32_t> mSailingStart;
      std::vector<double> mBoardBy;           //!< Sorted within each leg.
      std::vector<Boarding> mBestFromBoardBy; //!< Earliest-arriving sailing among this and those boarded later.
      std::vector<double> mArrivals;          //!< Sorted within each leg.
      std::vector<Boarding> mBestUpToArrival; //!< Latest-boarded sailing among this and the earlier-arriving ones.
      std::vector<std::uint32_t> mFromStart, mLegsFrom, mToStart, mLegsTo;
      std::vector<double> mShortestCrossing; //!< Per leg, seconds.
      double mCheckIn = 0;
      int mDay = 0;
      FerryTiming mTiming = FerryTiming::Timetabled;
  };

  /**
   * Reads a time of day "HH:MM" or "HH:MM:SS" (hours 0-23; "24:00" is not a time of day) into
   * seconds after midnight; false when it is not one.
   */
  bool parseTimeOfDay( const std::string &text, double &seconds );

  /**
   * Reads a departure moment such as "Wed 08:10", "wednesday 8:10" or "08:10" (then the
   * default day) into a day of the week (0 = Monday) and seconds after midnight; false when
   * it is not one.
   */
  bool parseDepartAt( const std::string &text, int defaultDay, int &dayOfWeek, double &seconds );

  //! "Mon" .. "Sun" for 0 .. 6.
  const char *dayName( int dayOfWeek );

} // namespace placegap

#endif // PLACEGAP_CORE_FERRYTIMETABLE_H
