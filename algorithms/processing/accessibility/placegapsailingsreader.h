/***************************************************************************
  placegapsailingsreader.h - a published ferry timetable read into sailings between network nodes
 ***************************************************************************/
#ifndef PLACEGAPSAILINGSREADER_H
#define PLACEGAPSAILINGSREADER_H

#include "ferrytimetable.h"
#include "roadgraph.h"

#include "qgscoordinatereferencesystem.h"
#include "qgspointxy.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

#include <vector>

class QgsFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;
class PlaceGapFeatureWarnings;
class QgsFeature;

/**
 * Reads a table of sailings (one row per timetabled leg, as `ferry_departures.csv` of the
 * Traveline-based Northern Alliance ferry data: from and to stop codes, departure time, crossing
 * minutes, a 0/1 field per day of the week) and a layer of terminal points carrying the same
 * stop codes. Each terminal joins the network at its nearest node within a distance. Rows that
 * cannot be used (a stop code with no terminal, a terminal far from every road, a time that is
 * not a time of day, crossing minutes that are not above 0 or are more than a day) are left out,
 * each with a warning naming the row and the field.
 */
class PlaceGapSailingsReader
{
  public:
    struct Fields
    {
        QString from = QStringLiteral( "from_stop" );
        QString to = QStringLiteral( "to_stop" );
        QString departure = QStringLiteral( "departure" );
        QString minutes = QStringLiteral( "run_minutes" );
        QStringList days = { QStringLiteral( "mon" ), QStringLiteral( "tue" ), QStringLiteral( "wed" ), QStringLiteral( "thu" ), QStringLiteral( "fri" ), QStringLiteral( "sat" ), QStringLiteral( "sun" ) };
        QString checkIn;  //!< Optional: the sailing's own check-in minutes (e.g. vehicles 30, foot passengers 10); NULL: the default.
        QString vehicles; //!< Optional: whether the sailing carries vehicles (1/yes/true/vehicle, or 0/no/false/foot/passenger).
        QString terminalCode = QStringLiteral( "stop_point_id" );
        QString terminalName = QStringLiteral( "name" );
    };

    //! Crossings longer than this are taken as errors in the data (the longest real Northern Alliance sailing, Aberdeen–Lerwick, is about 13 hours).
    static constexpr double MAX_CROSSING_MINUTES = 24 * 60;

    /**
     * Why the tables cannot be read with these fields (naming the parameter ids given), or an
     * empty string. days may be empty (every sailing runs every day) or hold seven names.
     */
    static QString fieldProblem( const QgsFeatureSource &sailings, const QgsFeatureSource &terminals, const Fields &fields, const QString &sailingsId, const QString &terminalsId );

    //! A stop's node and name, once matched.
    struct Terminal
    {
        placegap::NodeId node = placegap::NO_ID;
        QString name;
        double snapMetres = 0;
    };

    /**
     * Matches the terminals to the graph's nodes (terminals reprojected to crs) and reads the
     * sailings. Returns the usable sailings. Driving, sailings whose vehicles field says they carry
     * foot passengers only are left out (counted in the log).
     */
    std::vector<placegap::Sailing> read( QgsFeatureSource &sailings, QgsFeatureSource &terminals, const Fields &fields, const placegap::RoadGraph &graph, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres,
                                         QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, bool driving = false );

    //! Where terminals join something other than a road graph (e.g. the cells of a cost grid).
    struct NodeFinder
    {
        std::function<std::pair<placegap::NodeId, double>( const QgsPointXY & )> nearest; //!< Node nearest a point (in crs) and its distance; NO_ID for none.
        std::function<placegap::Point( placegap::NodeId )> position;
    };
    //! Nodes of a road graph: the nearest by a scan of them all.
    static NodeFinder graphFinder( const placegap::RoadGraph &graph );
    //! As above, the terminals joining the nodes finder gives.
    std::vector<placegap::Sailing> read( QgsFeatureSource &sailings, QgsFeatureSource &terminals, const Fields &fields, const NodeFinder &finder, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres,
                                         QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, bool driving = false );

    //! Terminals matched by read(), by stop code.
    const QMap<QString, Terminal> &terminals() const { return mTerminals; }

  private:
    //! The sailings table's columns.
    struct Columns
    {
        int from = -1, to = -1, departure = -1, minutes = -1, checkIn = -1, vehicles = -1;
        QList<int> days;
    };
    //! Why a row is not a sailing, when it is not one that is warned of.
    enum class LeftOut
    {
      No,
      Warned,
      OffNetwork, //!< a terminal the network does not reach
      FootOnly,   //!< a foot-passenger sailing, for a traveller who drives
    };

    //! Matches each terminal with a stop code to its nearest node (none beyond \a maxTerminalMetres).
    void readTerminals( QgsFeatureSource &terminals, const Fields &fields, const NodeFinder &finder, const QgsCoordinateReferenceSystem &crs, double maxTerminalMetres, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings );
    //! One timetable row as a sailing, or why it is left out.
    LeftOut readSailing( const QgsFeature &feature, const Fields &fields, const Columns &columns, const NodeFinder &finder, bool driving, PlaceGapFeatureWarnings &warnings, placegap::Sailing &sailing ) const;
    //! The days a row's sailing runs (bit 0 Monday); a value neither 0 nor 1 is warned of and taken as 0.
    static std::uint8_t daysOf( const QgsFeature &feature, const Fields &fields, const Columns &columns, const QString &label, PlaceGapFeatureWarnings &warnings );

    QMap<QString, Terminal> mTerminals;
};

//! "HH:MM" of a clock time in seconds after midnight of the day of travel ("25:10" past the next midnight).
QString clockText( double seconds );

#endif // PLACEGAPSAILINGSREADER_H
