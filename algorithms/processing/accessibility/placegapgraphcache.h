/***************************************************************************
  placegapgraphcache.h - road graphs kept in SQLite so a second run skips the build
 ***************************************************************************/
#ifndef PLACEGAPGRAPHCACHE_H
#define PLACEGAPGRAPHCACHE_H

#include "contractionhierarchy.h"
#include "roadgraph.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/**
 * A small SQLite database of built road graphs, keyed by a hash of everything the graph
 * depends on (the content of the network's files, the feature count and every network
 * parameter). Each stored graph carries an XXH3 checksum of its bytes (to detect damage, not tampering), checked when it is read.
 * Keeps the most recently used few graphs, and beside each what was prepared for searching it
 * (a contraction hierarchy, itself checked against the graph it is used with).
 */
class PlaceGapGraphCache
{
  public:
    //! Warnings of the build, replayed on a cache hit: (kind, message); kind "" = information.
    using Messages = QList<QPair<QString, QString>>;

    struct Entry
    {
        placegap::RoadGraph graph;
        Messages messages;
    };

    //! The cache file: $PLACEGAP_GRAPH_CACHE when set, else placegap/graphcache.sqlite in the QGIS settings folder.
    static QString defaultPath();

    explicit PlaceGapGraphCache( const QString &path );

    /**
     * The graph stored under key, or no value: absent, of an older format, or damaged (then
     * problem says what, naming the cache file, and the entry is dropped so it is rebuilt).
     */
    std::optional<Entry> load( const QString &key, QString *problem = nullptr ) const;

    /**
     * Stores the graph under key; false (with the reason) when the cache cannot be written. A
     * cache file that is not a graph cache (damaged, or another file) is replaced, and notice
     * says so, naming it.
     */
    bool store( const QString &key, const placegap::RoadGraph &graph, const Messages &messages, QString *error, QString *notice = nullptr ) const;

    //! What was prepared for fast repeated searches on a graph: its hierarchy, or why none pays.
    struct Prepared
    {
        std::optional<placegap::ContractionHierarchy> hierarchy;
        QString whyNot; //!< Set when no hierarchy is kept, e.g. a grid-like network.
    };

    /**
     * What is prepared for the graph stored under key, or no value: nothing prepared yet, or a
     * damaged entry (then problem says so, and the entry is dropped so it is prepared again).
     */
    std::optional<Prepared> loadPrepared( const QString &key, QString *problem = nullptr ) const;

    /**
     * Keeps what was prepared for the graph under key (stored with it): the hierarchy, or (when
     * nullptr) why none pays. False (with the reason) when it cannot be written.
     */
    bool storePrepared( const QString &key, const placegap::ContractionHierarchy *hierarchy, const QString &whyNot, QString *error ) const;

    /**
     * XXH3 (128 bits, hex) of the content of a network file and of the files beside it that belong to it
     * (a shapefile's .dbf, .shx, .prj, .cpg; a GeoPackage's -wal), read in full: a changed
     * attribute file or an edit that kept the size and time changes the key.
     */
    static QByteArray contentHash( const QString &path );

    //! How many graphs the cache keeps.
    static constexpr int CAPACITY = 6;

  private:
    QString mPath;
};

#endif // PLACEGAPGRAPHCACHE_H
