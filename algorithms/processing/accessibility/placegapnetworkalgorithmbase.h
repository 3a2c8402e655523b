/***************************************************************************
  placegapnetworkalgorithmbase.h - shared network parameters of the service accessibility algorithms
 ***************************************************************************/
#ifndef PLACEGAPNETWORKALGORITHMBASE_H
#define PLACEGAPNETWORKALGORITHMBASE_H

#include "networklocator.h"
#include "roadgraph.h"
#include "traveltimes.h"

#include "placegapalgorithm.h"
#include "placegapcachewriter.h"
#include "placegapnetworkreader.h"
#include "placegapsailingsreader.h"
#include "qgscoordinatereferencesystem.h"

#include <QHash>

#include <memory>

class QgsCoordinateTransform;
class QgsFeature;
class QgsFeatureSource;
class PlaceGapFeatureWarnings;

/**
 * Base of the "Service accessibility" algorithms: adds and reads the road network
 * parameters (QGIS's network analysis ids where they mean the same, plus PlaceGap's road
 * class speeds, ferries and off-network leg), builds the graph and snaps sites to it.
 */
class PlaceGapNetworkAlgorithmBase : public PlaceGapAlgorithm
{
  public:
    //! The STRATEGY parameter's public values (as in QGIS's network algorithms).
    enum Strategy
    {
      Shortest = 0,
      Fastest = 1,
    };

    //! Output field names shared by the family, a public API: never rename.
    static const QString FIELD_ORIGIN_ID;
    static const QString FIELD_DESTINATION_ID;
    static const QString FIELD_MINUTES;
    static const QString FIELD_KM;
    static const QString FIELD_RANK;
    static const QString FIELD_ORIGIN_SNAP;
    static const QString FIELD_DESTINATION_SNAP;
    // With a ferry timetable only.
    static const QString FIELD_ROAD_MINUTES;
    static const QString FIELD_FERRY_MINUTES;
    static const QString FIELD_WAIT_MINUTES;
    static const QString FIELD_FERRY_LEGS;
    static const QString FIELD_ARRIVE_AT;
    static const QString FIELD_SAME_DAY_RETURN;
    static const QString FIELD_LATEST_RETURN;
    static const QString FIELD_WINDOW_MEAN;
    static const QString FIELD_WINDOW_WORST;
    static const QString FIELD_WINDOW_REACHED;

    QString group() const override;
    QString groupId() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

    //! The road network as built for one run.
    struct Network
    {
        placegap::RoadGraph graph;
        std::unique_ptr<placegap::NetworkLocator> locator;
        QgsCoordinateReferenceSystem crs;      //!< The CRS the graph is built in (metres): the layer's, or one chosen for a geographic layer.
        QgsCoordinateReferenceSystem layerCrs; //!< The network layer's own CRS; geometry outputs are written in it.
        Strategy strategy = Fastest;
        double offNetworkKmh = 4.8;
        double maxSnapMetres = 0;
        unsigned threads = 0;                  //!< For the searches; 0 = every core.
        std::vector<std::uint8_t> usefulLinks; //!< Per link, 1 in a part of the network big enough to join sites to; empty: every part.
        std::vector<std::size_t> partNodes;    //!< Nodes in each part of the graph, counted where usefulLinks is set.
        // A ferry timetable, when one is given: the day's sailings and the moment of leaving.
        std::unique_ptr<placegap::FerryTimetable> timetable;
        int dayOfWeek = 0;
        double departClock = 0;
        double stayMinutes = 0;
        double windowEndClock = -1; //!< Last departure of the window (clock seconds); < 0: no window.
        double windowStepSeconds = 0;
        //! The graph cache key when the graph is kept in the cache; else empty.
        QString cacheKey;
        bool graphFromCache = false; //!< The graph was read from the cache: the network is in use again.
        // The prepared graph, sought by the first search that can use it (see preparedGraph()).
        mutable std::shared_ptr<const placegap::ContractionHierarchy> hierarchy;
        mutable bool hierarchySought = false;
        //! Cache writes of this run, done beside the searches (set with cacheKey); last, so it finishes them before the graph goes.
        std::unique_ptr<PlaceGapCacheWriter> cacheWriter;
    };

    //! An origin or destination feature: its id value and where it joins the network.
    struct Site
    {
        QgsFeatureId featureId = FID_NULL;
        QVariant id;           //!< The ID field's value (the feature id when no field is set).
        QgsPointXY point;      //!< In the network CRS.
        bool hasPoint = false; //!< False: no geometry (point is then meaningless).
        placegap::NetworkEndpoint endpoint;
        bool usable = false; //!< False: no geometry, or no network to snap to.
    };

  protected:
    QString documentationPage() const override { return QStringLiteral( "accessibility" ); }
    //! Adds the network parameters; call first from initAlgorithm().
    void addNetworkParameters();
    /**
     * Adds a point/polygon sites parameter, its optional id field (none when idFieldId is empty)
     * and optional <sourceId>_X_FIELD / <sourceId>_Y_FIELD, coordinates that stand in for the
     * geometry (e.g. a data zone's population-weighted centroid).
     */
    void addSitesParameters( const QString &sourceId, const QString &idFieldId, const QString &description );
    /**
     * Adds the ferry timetable parameters (FERRY_TIMETABLE, FERRY_TERMINALS, DEPART_AT and the
     * advanced field names); TERMINAL_DISTANCE is in the units of distanceParent's layer.
     * addNetworkParameters() calls it.
     */
    void addTimetableParameters( const QString &distanceParent );
    //! Adds STAY_MINUTES, for algorithms that report whether a return trip fits in the day.
    void addReturnTripParameter();
    //! Why the network and site layers cannot be used, or an empty string.
    QString networkProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! The site layer parameters checked by networkProblem(); set by subclasses.
    QList<QPair<QString, QString>> mSiteParameters; //!< (source id, id field id)

  private:
    static QString xFieldId( const QString &sourceId ) { return sourceId + QStringLiteral( "_X_FIELD" ); }
    static QString yFieldId( const QString &sourceId ) { return sourceId + QStringLiteral( "_Y_FIELD" ); }

  protected:
    //! Reads the ferry timetable into network, when one is given.
    void loadTimetable( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Network &network ) const;
    /**
     * The sailings of the timetable parameters (all days), their terminals joined to the nodes
     * finder gives, terminals reprojected to crs; empty without a timetable.
     */
    std::vector<placegap::Sailing> readSailings( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const PlaceGapSailingsReader::NodeFinder &finder, const QgsCoordinateReferenceSystem &crs ) const;
    //! The day (0 = Monday) and clock seconds of DEPART_AT; false when it is not a moment.
    bool departAt( const QVariantMap &parameters, QgsProcessingContext &context, int &dayOfWeek, double &clock ) const;
    //! True when a ferry timetable is given (its sailings then stand for the network's ferry lines).
    bool hasTimetable( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Why the timetable parameters cannot be used, or an empty string.
    QString timetableProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! The locator, the timetable and the parts sites may join, once the graph is built or read.
    void finishNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, Network &network ) const;
    //! A network with its metric CRS, strategy, snapping and threads set from the parameters, and no graph yet.
    std::unique_ptr<Network> newNetwork( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFeatureSource &source, QgsProcessingFeedback *feedback ) const;
    //! How the network layer's lines are read, from the parameters and the layer's fields.
    PlaceGapNetworkReader::Rules networkRules( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFields &fields, bool fastest ) const;
    //! Fills the network's graph from the graph cache; false when it holds none for \a cacheKey.
    bool loadCachedGraph( const QString &cacheKey, Network &network, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings ) const;
    //! Keeps the network's graph and its build's messages in the graph cache under its cacheKey, beside the run (see PlaceGapCacheWriter).
    static void storeGraph( const Network &network, const PlaceGapGraphCache::Messages &messages );
    //! A site's point from its coordinate fields (layer CRS) in the network CRS; its geometry, with a warning, when they cannot be used.
    static QgsGeometry coordinatePoint( const QgsFeature &feature, int xIndex, int yIndex, const QgsCoordinateTransform &toNetwork, const QString &label, PlaceGapFeatureWarnings &warnings );
    /**
     * The point a site travels from: a polygon's or several points' point on surface (several
     * points warned about); false, warned, when there is none.
     */
    static bool sitePoint( const QgsGeometry &geometry, const QString &label, PlaceGapFeatureWarnings &warnings, QgsPointXY &point );
    //! Joins site to the network at geometry's point on surface, with its off-network leg; a site that cannot be placed stays unusable.
    static void placeSite( Site &site, const QgsGeometry &geometry, const Network &network, const QString &label, PlaceGapFeatureWarnings &warnings );
    //! Where a site at point joins the network: the nearest road, unless that is on a fragment and a useful part is within MAX_SNAP_DISTANCE.
    static placegap::NetworkLocation joinSite( const Network &network, const QgsPointXY &point, const QString &label, PlaceGapFeatureWarnings &warnings );
    //! Reads the network layer and builds the graph (throws QgsProcessingException when unusable).
    std::unique_ptr<Network> loadNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings ) const;

    /**
     * Reads the sites of a point or polygon parameter (polygons: their point on surface),
     * reprojected to the network CRS, and snaps them, warning about far snaps and unusable
     * geometries. Sites keep the source's feature order.
     */
    std::vector<Site> loadSites( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const Network &network, QgsProcessingContext &context, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, const QString &what ) const;

    //! Output field of the type of a site's id (that of the id field, else a 64-bit integer).
    QgsField siteIdField( const QVariantMap &parameters, const QString &sourceId, const QString &idFieldId, const QString &outputName, QgsProcessingContext &context ) const;

    /**
     * Travel from every usable origin to the destinations over all cores, with progress from
     * progressFrom to progressTo %; an empty result when canceled. Unusable origins get no reaches.
     * Sailings are those of the network's timetable, or of otherTiming (the same, costed otherwise) when given.
     */
    static std::vector<std::vector<placegap::Reach>> travel( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                                                             const placegap::FerryTimetable *otherTiming = nullptr );
    /**
     * travel(), the origins' rows handed to rows() a block of blockOrigins origins at a time, in
     * origin order, on the calling thread: a large matrix is written as it is searched, never held
     * whole, where the network is prepared (elsewhere the rows are searched at once and handed
     * over in blocks). False when canceled or when rows() returned false.
     */
    static bool travelInBlocks( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                                std::size_t blockOrigins, const placegap::TravelTimeEngine::ReachBlockSink &rows );
    /**
     * The network's prepared graph (a contraction hierarchy) for searches without a timetable:
     * read from the graph cache, or, when nothing is prepared yet, built now and kept there if
     * the network is in use again (its graph came from the cache) or largeQuery says this query
     * alone pays for it. nullptr without the graph cache, where preparing does not pay
     * (grid-like networks), or when canceled.
     */
    static const placegap::ContractionHierarchy *preparedGraph( const Network &network, bool largeQuery, QgsProcessingFeedback *feedback );
    //! Keeps what was prepared for the network (its hierarchy, or whyNot) in the graph cache, beside the run.
    static void storePrepared( const Network &network, const QString &whyNot );
    //! travel() and travelInBlocks(): whole (blockOrigins 0) or in blocks, with their search's report.
    static bool travelRows( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, const placegap::TravelQuery &query, QgsProcessingFeedback *feedback, double progressFrom, double progressTo,
                            std::size_t blockOrigins, const placegap::TravelTimeEngine::ReachBlockSink &rows, const placegap::FerryTimetable *otherTiming );
    //! The endpoints of the sites (an invalid endpoint for an unusable site).
    static std::vector<placegap::NetworkEndpoint> endpoints( const std::vector<Site> &sites );

    //! What a timetable adds per origin and destination: the way home, and travel over a window of departures.
    struct TimetableResults
    {
        std::size_t destinations = 0;
        std::vector<std::vector<double>> latestReturn; //!< [origin][destination]: latest clock time to leave for home by midnight; -inf: none.
        int windowRuns = 0;                            //!< Departures in the window; 0 = no window.
        std::vector<double> windowSum;                 //!< [origin * destinations + destination], seconds, over the runs that reach it.
        std::vector<double> windowWorst;
        std::vector<std::uint16_t> windowReached;
        double latest( std::size_t origin, std::size_t destination ) const { return latestReturn.empty() ? -placegap::UNREACHABLE : latestReturn[origin][destination]; }
    };
    /**
     * The way home from every destination (one backward search per origin) and, with a window,
     * travel at every departure in it; empty without a timetable or when canceled.
     */
    static TimetableResults timetableResults( const Network &network, const std::vector<Site> &origins, const placegap::TravelTimeEngine &engine, QgsProcessingFeedback *feedback, double progressFrom, double progressTo );
    //! Names of every field a timetable may add, for checks that an input does not already hold one.
    static QStringList timetableOutputFieldNames();
    //! The timetable's output fields (none without a timetable).
    static QgsFields timetableFields( const Network &network );
    //! Values of timetableFields() for origin and destination, reached as reach (nullptr: not reached).
    static QgsAttributes timetableAttributes( const Network &network, const TimetableResults &results, std::size_t origin, std::size_t destination, const placegap::Reach *reach );

    //! A geometry in the network's working CRS, transformed to the layer's own CRS for output.
    static QgsGeometry toLayerCrs( const Network &network, QgsGeometry geometry, QgsProcessingContext &context );

    //! Logs the graph's size and warns when it is in several parts.
    static void reportNetwork( const Network &network, QgsProcessingFeedback *feedback );
    //! The graph cache key of the network parameters, or empty when the network cannot be cached (not a file).
    QString graphCacheKey( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFeatureSource &source ) const;
    //! The network layer when every one of its features is read (not the selection, no limit or filter); else null.
    QgsVectorLayer *wholeNetworkLayer( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Reads the network's lines: in bulk from a GeoPackage read whole (PlaceGapBulkLines), else through QGIS; false when cancelled.
    bool readNetworkLines( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeatureSource &source, const Network &network, PlaceGapNetworkReader &reader, QgsProcessingFeedback *feedback ) const;

    /**
     * Minutes read from a list such as "10, 20,30" (commas, semicolons or spaces), ascending and
     * without repeats; an empty list and the reason (naming parameterName) when a value is not
     * a number above 0 or there is none.
     */
    static QList<double> minutesList( const QString &text, const QString &parameterName, QString *error );
    //! Why a parameter in minutes (named what) cannot be used with these parameters (shortest paths), or empty.
    QString needsFastest( const QVariantMap &parameters, QgsProcessingContext &context, const QString &what ) const;

    /**
     * Amounts (capacity, population) of a numeric or text field by feature id. NULL, text that is
     * not a number and NaN or infinity are missing: they count 0, each with a warning naming the
     * feature, field and value; a negative amount stops the run, naming them.
     */
    static QHash<QgsFeatureId, double> readAmounts( QgsFeatureSource &source, const QString &sourceName, const QString &fieldName, PlaceGapFeatureWarnings &warnings );

    //! Minutes (fastest) from engine seconds; NULL for the shortest strategy or unreachable.
    static QVariant minutesValue( const Network &network, double seconds );
    //! Kilometres of a path from its metres; NULL when unreachable.
    static QVariant kilometresValue( double metres );
    //! minutesValue() as a number, not finite where that is NULL (for PlaceGapRowWriter::formatNumber()).
    static double minutes( const Network &network, double seconds );
    //! kilometresValue() as a number, not finite where that is NULL.
    static double kilometres( double metres );
    //! Metres from a site to the network where it joins it; NULL for a site that is not on the network.
    static QVariant snapValue( const Site &site );
};

#endif // PLACEGAPNETWORKALGORITHMBASE_H
