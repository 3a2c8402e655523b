/***************************************************************************
  placegapgraphcache.h - road graphs kept in SQLite so a second run skips the build
 ***************************************************************************/
#ifndef PLACEGAPGRAPHCACHE_H
#define PLACEGAPGRAPHCACHE_H

#include "roadgraph.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/**
 * A small SQLite database of built road graphs, keyed by a hash of everything the graph
 * depends on (the network file, its modification time and size, the feature count and every
 * network parameter). Keeps the most recently used few graphs.
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

    //! The graph stored under key, or no value (absent, unreadable or of an older format).
    std::optional<Entry> load( const QString &key ) const;

    //! Stores the graph under key; false (with the reason) when the cache cannot be written.
    bool store( const QString &key, const placegap::RoadGraph &graph, const Messages &messages, QString *error ) const;

    //! How many graphs the cache keeps.
    static constexpr int CAPACITY = 6;

  private:
    QString mPath;
};

#endif // PLACEGAPGRAPHCACHE_H
