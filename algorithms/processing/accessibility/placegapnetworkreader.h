/***************************************************************************
  placegapnetworkreader.h - a road network layer's lines as the core's road links
 ***************************************************************************/
#ifndef PLACEGAPNETWORKREADER_H
#define PLACEGAPNETWORKREADER_H

#include "networkpresets.h"
#include "placegapbulklines.h"
#include "placegapgraphcache.h"
#include "roadgraph.h"
#include "roadspeeds.h"

#include "qgsfeatureid.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVariant>

#include <string>
#include <vector>

class PlaceGapFeatureWarnings;
class QgsFeature;
class QgsCoordinateTransform;
class QgsFeatureRequest;
class QgsGeometry;
class QgsProcessingFeatureSource;
class QgsProcessingFeedback;

/**
 * Reads the lines of a road network layer into the core's road links: by a network product's
 * fields (OpenStreetMap, OS Open Roads, OS Highways) or by the fields the user chose, with each
 * line's direction, speed or ferry crossing. Every line left out is warned of or counted, and the
 * messages are kept so that a cached graph can tell them again.
 */
class PlaceGapNetworkReader
{
  public:
    //! How lines are read: the fields found in the layer and what their values mean.
    struct Rules
    {
        placegap::NetworkPreset preset = placegap::NetworkPreset::Custom;
        QList<QPair<int, std::string>> presetIndices; //!< the product's fields in the layer
        bool fastest = true;                          //!< false: shortest paths, costing 1 m/s
        bool timetabled = false;                      //!< a timetable's sailings stand for ferry lines
        int directionIndex = -1;
        int speedIndex = -1;
        int classIndex = -1;
        int ferryIndex = -1;
        QString speedField;
        QString classField;
        QString ferryField;
        QString valueForward;
        QString valueBackward;
        QString valueBoth;
        placegap::LinkDirection defaultDirection = placegap::LinkDirection::Both;
        double defaultSpeed = 50;
        placegap::RoadSpeedTable table = placegap::RoadSpeedTable::defaults();
    };

    PlaceGapNetworkReader( const Rules &rules, PlaceGapFeatureWarnings &warnings );

    //! The fields the rules read, so that a request reads only those.
    QList<int> attributes() const;

    //! Reads every line of \a source (one link per part); false when cancelled.
    bool read( QgsProcessingFeatureSource &source, const QgsFeatureRequest &request, QgsProcessingFeedback *feedback );

    /**
     * Reads every line of a layer opened for reading in bulk, reprojected by toNetwork where it
     * is valid, to the same links and warnings as read(); false when cancelled. total: the
     * layer's features, for progress.
     */
    bool readInBulk( PlaceGapBulkLines &lines, long long total, const QgsCoordinateTransform &toNetwork, QgsProcessingFeedback *feedback );

    //! Warns of the parts the graph builder skipped, naming their features.
    void warnSkipped( const placegap::RoadGraph &graph );

    //! Says how many lines were left out and why (by the product's rules, timetabled ferries, class speed 0).
    void reportLeftOut( QgsProcessingFeedback *feedback );

    //! Warns and keeps the warning with the graph's messages.
    void warn( const QString &kind, const QString &message );

    std::vector<placegap::RoadLink> links;
    std::vector<QgsFeatureId> linkFeature; //!< the feature of each link
    std::size_t features = 0;              //!< features read
    PlaceGapGraphCache::Messages messages; //!< what the build said, to tell again from the cache

  private:
    using Parts = std::vector<std::vector<placegap::Point>>;

    static QString featureLabel( QgsFeatureId id );
    static bool geometryParts( const QgsGeometry &geometry, Parts &parts );
    bool wkbParts( const unsigned char *wkb, std::size_t bytes, const QgsCoordinateTransform &toNetwork, Parts &parts );
    // Line: a QgsFeature or a PlaceGapBulkLines::Line, both giving id() and attribute( index ).
    template <class Line>
    void addLine( const Line &line, bool hasGeometry, Parts &parts );
    template <class Line>
    bool presetRoadLink( const Line &line, const Parts &parts, placegap::RoadLink &link );
    template <class Line>
    bool customRoadLink( const Line &line, placegap::RoadLink &link );
    template <class Line>
    bool customSpeed( const Line &line, placegap::RoadLink &link );
    void progress( long long total, QgsProcessingFeedback *feedback ) const;
    placegap::LinkDirection directionOf( const QVariant &value ) const;

    Rules mRules;
    PlaceGapFeatureWarnings &mWarnings;
    QMap<QString, std::size_t> mPresetLeftOut; //!< reason -> lines
    std::size_t mFerriesReplaced = 0;
    std::size_t mExcludedByClass = 0;
    std::vector<double> mX, mY, mZ; //!< a part's coordinates while reprojected, kept from line to line
};

#endif // PLACEGAPNETWORKREADER_H
