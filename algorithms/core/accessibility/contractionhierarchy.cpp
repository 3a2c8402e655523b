/***************************************************************************
  contractionhierarchy.cpp - a RoadGraph prepared for fast repeated searches
 ***************************************************************************/
#include "contractionhierarchy.h"

#include "bytes.h"
#include "fnv1a.h"
#include "hugepages.h"
#include "parallel.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <utility>

namespace placegap
{
  namespace
  {
    struct Cost
    {
        double seconds;
        double metres;
    };

    bool cheaper( const Cost &a, const Cost &b )
    {
      return a.seconds < b.seconds || ( a.seconds == b.seconds && a.metres < b.metres );
    }
    bool noDearer( const Cost &a, const Cost &b )
    {
      return !cheaper( b, a );
    }
    //! One cost then another: a path extended by an arc, or u -> node -> w.
    Cost operator+( const Cost &a, const Cost &b )
    {
      return { a.seconds + b.seconds, a.metres + b.metres };
    }

    //! An arc of the graph being contracted, between two nodes not yet contracted.
    struct DynamicArc
    {
        NodeId other;
        Cost cost;
    };

    //! Puts an arc to other into arcs, or lowers the one there (parallel arcs keep the cheapest); true when added.
    bool addOrLower( std::vector<DynamicArc> &arcs, NodeId other, const Cost &cost )
    {
      for ( DynamicArc &arc : arcs )
      {
        if ( arc.other == other )
        {
          if ( cheaper( cost, arc.cost ) )
            arc.cost = cost;
          return false;
        }
      }
      arcs.push_back( { other, cost } );
      return true;
    }

    void removeArcTo( std::vector<DynamicArc> &arcs, NodeId other )
    {
      arcs.erase( std::remove_if( arcs.begin(), arcs.end(), [other]( const DynamicArc &arc )
                                  { return arc.other == other; } ),
                  arcs.end() );
    }

    /**
     * A Dijkstra search over the graph being contracted that reuses its labels: each thread of
     * the contraction has its own.
     */
    class WitnessSearch
    {
      public:
        explicit WitnessSearch( std::size_t nodeCount )
        {
          assignOnHugePages( mLabels, nodeCount );
        }

        //! A node a run looks for, and the cost a path to it must not exceed to witness it.
        struct Target
        {
            NodeId node;
            Cost via;
            bool witnessed = false;
            bool open = true;
        };
        //! The targets of the next run, to be filled: distinct nodes, the source not among them.
        std::vector<Target> &targets() { return mTargets; }

        /**
         * Marks each target witnessed when a path from source over the arcs out, avoiding skipped
         * and the nodes marked in avoided, costs no more than its via. A target is decided once a
         * path no dearer is found or it is settled (its cost final then); the search stops when
         * all are, when the nearest node left is dearer than every open target's via, or after
         * settleLimit nodes settled. Nodes dearer than that are not even queued: on a 1M-link
         * road-like network this halved the queue's work and cut the nodes settled by a fifth,
         * with the same shortcuts.
         */
        void run( const std::vector<std::vector<DynamicArc>> &out, NodeId source, NodeId skipped, const std::uint8_t *avoided, std::size_t settleLimit )
        {
          startRun();
          std::size_t open = mTargets.size();
          double limit = 0;
          for ( Target &target : mTargets )
          {
            target.witnessed = false;
            target.open = true;
            mLabels[target.node].targetStamp = mRun;
            limit = std::max( limit, target.via.seconds );
          }
          // A target decided: the limit falls to the dearest open target's via.
          const auto decide = [&]( Target &target )
          {
            target.open = false;
            --open;
            if ( target.via.seconds >= limit )
            {
              limit = 0;
              for ( const Target &other : mTargets )
              {
                if ( other.open )
                  limit = std::max( limit, other.via.seconds );
              }
            }
          };
          const auto targetAt = [&]( NodeId node ) -> Target &
          {
            return *std::find_if( mTargets.begin(), mTargets.end(), [node]( const Target &target )
                                  { return target.node == node; } );
          };
          mHeap.clear();
          mLabels[source].cost = { 0, 0 };
          mLabels[source].stamp = mRun;
          mHeap.push_back( { { 0, 0 }, source } );
          std::size_t settled = 0;
          while ( !mHeap.empty() && settled < settleLimit && open > 0 )
          {
            std::pop_heap( mHeap.begin(), mHeap.end(), std::greater<HeapItem>() );
            const HeapItem item = mHeap.back();
            mHeap.pop_back();
            if ( cheaper( mLabels[item.node].cost, item.cost ) )
              continue; // a stale entry
            if ( item.cost.seconds > limit )
              break;
            ++settled;
            if ( mLabels[item.node].targetStamp == mRun )
            {
              Target &target = targetAt( item.node );
              if ( target.open )
                decide( target );
            }
            for ( const DynamicArc &arc : out[item.node] )
            {
              if ( arc.other == skipped || avoided[arc.other] )
                continue;
              const Cost cost = item.cost + arc.cost;
              if ( cost.seconds > limit )
                continue;
              Label &label = mLabels[arc.other];
              if ( label.stamp != mRun || cheaper( cost, label.cost ) )
              {
                label.cost = cost;
                label.stamp = mRun;
                mHeap.push_back( { cost, arc.other } );
                std::push_heap( mHeap.begin(), mHeap.end(), std::greater<HeapItem>() );
                if ( label.targetStamp == mRun )
                {
                  Target &target = targetAt( arc.other );
                  if ( target.open && noDearer( cost, target.via ) )
                  {
                    target.witnessed = true;
                    decide( target );
                  }
                }
              }
            }
          }
        }

        /**
         * Labels the heads of arcs with the arcs' costs, as a run settling only their tail would:
         * the one-hop witnesses of the priority. The arcs go to distinct heads.
         */
        void reachDirectly( const std::vector<DynamicArc> &arcs )
        {
          startRun();
          for ( const DynamicArc &arc : arcs )
          {
            mLabels[arc.other].cost = arc.cost;
            mLabels[arc.other].stamp = mRun;
          }
        }

        //! Whether the last run reached node at a cost no dearer than cost.
        bool reachedNoDearer( NodeId node, const Cost &cost ) const
        {
          const Label &label = mLabels[node];
          return label.stamp == mRun && noDearer( label.cost, cost );
        }

      private:
        void startRun()
        {
          if ( ++mRun == 0 )
          {
            for ( Label &label : mLabels )
              label.stamp = label.targetStamp = 0;
            mRun = 1;
          }
        }

        struct Label
        {
            Cost cost { 0, 0 };
            std::uint32_t stamp = 0;
            std::uint32_t targetStamp = 0; //!< == the run: a node the run looks for.
        };
        struct HeapItem
        {
            Cost cost;
            NodeId node;
            bool operator>( const HeapItem &other ) const { return cheaper( other.cost, cost ); }
        };
        std::vector<Label> mLabels;
        std::vector<HeapItem> mHeap;
        std::vector<Target> mTargets;
        std::uint32_t mRun = 0;
    };

    /**
     * The contraction: the remaining graph as per-node arc lists both ways, and each node's
     * contracted neighbours and level. Nodes are contracted in rounds of nodes no two of which
     * are neighbours: their shortcuts are found side by side (witness paths avoid every node of
     * the round, so a path one of them relies on is never one another removes) and added in
     * node order, so the hierarchy does not depend on the number of threads.
     */
    class Contraction
    {
      public:
        /**
         * The graph's arcs, loops left out and parallel arcs merged, in the graph's order: each
         * node's arcs out on threads side by side, those in from them after, every list sized once (grown
         * arc by arc, a 1M-link network's lists took 0.5 s to make).
         */
        Contraction( const RoadGraph &graph, unsigned threads )
            : mOut( graph.nodeCount() ), mIn( graph.nodeCount() ), mDeleted( graph.nodeCount(), 0 ), mLevel( graph.nodeCount(), 0 )
        {
          const std::size_t nodeCount = graph.nodeCount();
          forEachInParallel( nodeCount, threads, [&]( std::size_t tail, unsigned )
                             {
            std::vector<DynamicArc> &out = mOut[tail];
            out.reserve( graph.firstOut[tail + 1] - graph.firstOut[tail] );
            for ( EdgeId e = graph.firstOut[tail]; e < graph.firstOut[tail + 1]; ++e )
            {
              if ( graph.head[e] != tail )
                addOrLower( out, graph.head[e], { graph.weight[e], graph.edgeLength[e] } );
            } } );
          // The arcs in are the merged arcs out turned round, by tail as before.
          std::vector<std::uint32_t> inDegree( nodeCount, 0 );
          for ( const std::vector<DynamicArc> &out : mOut )
          {
            mArcs += out.size();
            for ( const DynamicArc &arc : out )
              ++inDegree[arc.other];
          }
          for ( std::size_t head = 0; head < nodeCount; ++head )
            mIn[head].reserve( inDegree[head] );
          for ( NodeId tail = 0; tail < nodeCount; ++tail )
          {
            for ( const DynamicArc &arc : mOut[tail] )
              mIn[arc.other].push_back( { tail, arc.cost } );
          }
        }

        struct Shortcut
        {
            NodeId from;
            NodeId to;
            Cost cost;
        };

        /**
         * The shortcuts contracting node would need for the paths entering it by its in-arc
         * number inArc: to each w of u -> node -> w, unless a witness path from u to w that avoids
         * node and the nodes marked in avoided costs no more (searched within settleLimit).
         * Reads the graph only: safe side by side.
         */
        void shortcutsFrom( NodeId node, std::size_t inArc, std::size_t settleLimit, WitnessSearch &search, const std::uint8_t *avoided, std::vector<Shortcut> &shortcuts ) const
        {
          const DynamicArc &in = mIn[node][inArc];
          std::vector<WitnessSearch::Target> &targets = search.targets();
          targets.clear();
          for ( const DynamicArc &out : mOut[node] )
          {
            if ( out.other != in.other )
              targets.push_back( { out.other, in.cost + out.cost } );
          }
          if ( targets.empty() )
            return;
          search.run( mOut, in.other, node, avoided, settleLimit );
          for ( const WitnessSearch::Target &target : targets )
          {
            if ( !target.witnessed )
              shortcuts.push_back( { in.other, target.node, target.via } );
          }
        }

        std::size_t inDegree( NodeId node ) const { return mIn[node].size(); }

        /**
         * Importance of node: the arcs its contraction would add less those it removes, its
         * contracted neighbours and level. The shortcuts are estimated with one-hop witnesses only
         * (a direct arc no dearer): on a 1M-link road-like network that halved the build (25 s to
         * 15 s) and left the queries as fast. The direct arcs are looked up in the search's labels
         * rather than searched: the same count, without a heap (3.3 s to 1.3 s on that network).
         */
        int priority( NodeId node, WitnessSearch &search ) const
        {
          int added = 0;
          for ( const DynamicArc &in : mIn[node] )
          {
            search.reachDirectly( mOut[in.other] );
            for ( const DynamicArc &out : mOut[node] )
            {
              if ( out.other != in.other && !search.reachedNoDearer( out.other, in.cost + out.cost ) )
                ++added;
            }
          }
          const int removed = static_cast<int>( mIn[node].size() + mOut[node].size() );
          return 2 * ( added - removed ) + static_cast<int>( mDeleted[node] ) + static_cast<int>( mLevel[node] );
        }

        /**
         * Whether no node within two arcs of node comes before it in (priority, node) order: no
         * two such nodes are neighbours or share one, so their witness searches rarely meet.
         */
        bool firstAmongNeighbours( NodeId node, const std::vector<int> &priorities ) const
        {
          const auto before = [&]( NodeId other )
          { return other != node && ( priorities[other] < priorities[node] || ( priorities[other] == priorities[node] && other < node ) ); };
          const auto anyBefore = [&]( const std::vector<DynamicArc> &arcs )
          {
            return std::any_of( arcs.begin(), arcs.end(), [&]( const DynamicArc &arc )
                                { return before( arc.other ); } );
          };
          for ( const std::vector<DynamicArc> *arcs : { &mOut[node], &mIn[node] } )
          {
            for ( const DynamicArc &arc : *arcs )
            {
              if ( before( arc.other ) || anyBefore( mOut[arc.other] ) || anyBefore( mIn[arc.other] ) )
                return false;
            }
          }
          return true;
        }

        //! The nodes within two arcs of nodes (themselves included), ascending; marked is all 0 before and after.
        std::vector<NodeId> withinTwoArcs( const std::vector<NodeId> &nodes, std::vector<std::uint8_t> &marked ) const
        {
          std::vector<NodeId> found;
          const auto add = [&]( NodeId node )
          {
            if ( !marked[node] )
            {
              marked[node] = 1;
              found.push_back( node );
            }
          };
          for ( NodeId node : nodes )
            add( node );
          std::size_t from = 0;
          for ( int hop = 0; hop < 2; ++hop )
          {
            const std::size_t reached = found.size();
            for ( std::size_t i = std::exchange( from, reached ); i < reached; ++i )
            {
              for ( const DynamicArc &arc : mOut[found[i]] )
                add( arc.other );
              for ( const DynamicArc &arc : mIn[found[i]] )
                add( arc.other );
            }
          }
          // Ascending: sorted when few, read off the marks in node order when many.
          if ( found.size() * 16 < marked.size() )
          {
            for ( NodeId node : found )
              marked[node] = 0;
            std::sort( found.begin(), found.end() );
            return found;
          }
          found.clear();
          for ( std::size_t node = 0; node < marked.size(); ++node )
          {
            if ( std::exchange( marked[node], 0 ) )
              found.push_back( static_cast<NodeId>( node ) );
          }
          return found;
        }

        //! What contracting a node changed: its neighbours, and the arcs left over less those before.
        struct Contracted
        {
            std::vector<NodeId> neighbours;
            std::ptrdiff_t arcChange = 0;
        };

        /**
         * Contracts node with its shortcuts and keeps its arcs as hierarchy arcs. Changes node's
         * neighbours only: nodes of a round (no two share a neighbour) are contracted side by
         * side; count() then adds up what each changed, in node order.
         */
        Contracted contract( NodeId node, const std::vector<Shortcut> &shortcuts, std::vector<DynamicArc> &up, std::vector<DynamicArc> &down )
        {
          Contracted contracted;
          std::vector<NodeId> &neighbours = contracted.neighbours;
          for ( const DynamicArc &arc : mOut[node] )
          {
            removeArcTo( mIn[arc.other], node );
            neighbours.push_back( arc.other );
          }
          for ( const DynamicArc &arc : mIn[node] )
          {
            removeArcTo( mOut[arc.other], node );
            neighbours.push_back( arc.other );
          }
          contracted.arcChange -= static_cast<std::ptrdiff_t>( mOut[node].size() + mIn[node].size() );
          for ( const Shortcut &shortcut : shortcuts )
          {
            contracted.arcChange += addOrLower( mOut[shortcut.from], shortcut.to, shortcut.cost ) ? 1 : 0;
            addOrLower( mIn[shortcut.to], shortcut.from, shortcut.cost );
          }
          up.swap( mOut[node] );
          down.swap( mIn[node] );
          std::sort( neighbours.begin(), neighbours.end() );
          neighbours.erase( std::unique( neighbours.begin(), neighbours.end() ), neighbours.end() );
          for ( NodeId neighbour : neighbours )
          {
            ++mDeleted[neighbour];
            mLevel[neighbour] = std::max( mLevel[neighbour], mLevel[node] + 1 );
          }
          return contracted;
        }

        //! Adds up what contracting one node changed, and its shortcuts.
        void count( const Contracted &contracted, std::size_t shortcuts )
        {
          mArcs = static_cast<std::size_t>( static_cast<std::ptrdiff_t>( mArcs ) + contracted.arcChange );
          mShortcutCount += shortcuts;
        }

        //! Shortcuts added so far.
        std::size_t shortcutCount() const { return mShortcutCount; }
        //! Arcs between nodes not yet contracted.
        std::size_t remainingArcs() const { return mArcs; }

      private:
        std::vector<std::vector<DynamicArc>> mOut;
        std::vector<std::vector<DynamicArc>> mIn;
        std::size_t mArcs = 0;
        std::size_t mShortcutCount = 0;
        std::vector<std::uint32_t> mDeleted;
        std::vector<std::uint32_t> mLevel;
    };

    template <typename T>
    std::uint64_t hashVector( const std::vector<T> &values, std::uint64_t hash )
    {
      const std::uint64_t size = values.size();
      hash = fnv1a( &size, sizeof size, hash );
      return values.empty() ? hash : fnv1a( values.data(), values.size() * sizeof( T ), hash );
    }

    constexpr ByteFormat FORMAT { { 'P', 'G', 'C', 'H' }, 1 };

    //! The arcs kept of each node, as CSR by rank, heads renumbered by rank; each node's arcs by head.
    void packArcs( const std::vector<std::vector<DynamicArc>> &byNode, const std::vector<NodeId> &order, const std::vector<NodeId> &rank, unsigned threads, std::vector<EdgeId> &first, std::vector<ContractionHierarchy::Arc> &arcs )
    {
      first.assign( order.size() + 1, 0 );
      for ( std::size_t r = 0; r < order.size(); ++r )
        first[r + 1] = first[r] + static_cast<EdgeId>( byNode[order[r]].size() );
      assignOnHugePages( arcs, first.back() );
      forEachInParallel( order.size(), threads, [&]( std::size_t r, unsigned )
                         {
        ContractionHierarchy::Arc *arc = arcs.data() + first[r];
        // Member by member into value-initialised arcs.
        for ( const DynamicArc &kept : byNode[order[r]] )
        {
          arc->head = rank[kept.other];
          arc->seconds = kept.cost.seconds;
          arc->metres = kept.cost.metres;
          ++arc;
        }
        std::sort( arcs.data() + first[r], arc, []( const ContractionHierarchy::Arc &a, const ContractionHierarchy::Arc &b )
                   { return a.head < b.head; } ); } );
    }
  } // namespace

  std::uint64_t ContractionHierarchy::fingerprint( const RoadGraph &graph )
  {
    std::uint64_t hash = FNV1A_START;
    const std::uint64_t nodes = graph.nodeCount();
    hash = fnv1a( &nodes, sizeof nodes, hash );
    hash = hashVector( graph.firstOut, hash );
    hash = hashVector( graph.head, hash );
    hash = hashVector( graph.weight, hash );
    return hashVector( graph.edgeLength, hash );
  }

  bool ContractionHierarchy::isFor( const RoadGraph &graph ) const
  {
    return mRank.size() == graph.nodeCount() && mFingerprint == fingerprint( graph );
  }

  std::optional<ContractionHierarchy> ContractionHierarchy::build( const RoadGraph &graph, const BuildOptions &options, std::string *whyNot )
  {
    const std::size_t nodeCount = graph.nodeCount();
    const unsigned threads = nodeCount < options.smallestSharedNetwork ? 1u : threadsFor( options.threads );
    std::vector<WitnessSearch> searches( threads, WitnessSearch( nodeCount ) );
    const auto canceled = [&options]()
    { return options.canceled && options.canceled(); };
    // Threads cost about 50 µs each to start, four times a round: a small phase (a small
    // network's rounds took 0.09 s on two threads, 0.04 s on one) runs on this thread alone.
    const auto share = [threads]( std::size_t work, std::size_t worthIt )
    { return work >= worthIt ? threads : 1u; };
    Contraction contraction( graph, share( nodeCount, 4096 ) );

    std::vector<int> priorities( nodeCount );
    forEachInParallel( nodeCount, share( nodeCount, 4096 ), [&]( std::size_t n, unsigned worker )
                       { priorities[n] = contraction.priority( static_cast<NodeId>( n ), searches[worker] ); } );
    if ( canceled() )
      return std::nullopt;

    std::vector<NodeId> order;
    order.reserve( nodeCount );
    std::vector<std::vector<DynamicArc>> up( nodeCount );
    std::vector<std::vector<DynamicArc>> down( nodeCount );
    std::vector<std::uint8_t> inRound( nodeCount, 0 );
    std::vector<std::uint8_t> marked( nodeCount, 0 );
    // The nodes that may come first among their neighbours: all at the start, then those within
    // two arcs of a node whose arcs or priority a round changed (no other can have become first).
    std::vector<NodeId> candidates( nodeCount );
    std::iota( candidates.begin(), candidates.end(), NodeId { 0 } );
    // While the graph left is still large, its mean degree tells a road network from a grid: on a
    // 1M-link road-like network it stays under 5 until 84 % of nodes are contracted and reaches 10
    // only past 97 %; a grid's passes 8 by 85 % and 10 by about 93 % (measured).
    const std::size_t coreLimit = std::max<std::size_t>( 1000, nodeCount / 20 );
    while ( order.size() < nodeCount )
    {
      if ( canceled() )
        return std::nullopt;
      // A round: the candidates that come first among their neighbours (the least important always does), by node.
      forEachInParallel( candidates.size(), share( candidates.size(), 8192 ), [&]( std::size_t i, unsigned )
                         { inRound[candidates[i]] = contraction.firstAmongNeighbours( candidates[i], priorities ) ? 1 : 0; } );
      std::vector<NodeId> round;
      for ( NodeId node : candidates )
      {
        if ( inRound[node] )
          round.push_back( node );
      }

      // A witness search for each arc into a node of the round: the work of the round.
      std::size_t searchesInRound = 0;
      for ( NodeId node : round )
        searchesInRound += contraction.inDegree( node );
      std::vector<std::vector<Contraction::Shortcut>> shortcuts( round.size() );
      forEachInParallel( round.size(), share( searchesInRound, 64 ), [&]( std::size_t i, unsigned worker )
                         {
        for ( std::size_t in = 0; in < contraction.inDegree( round[i] ); ++in )
          contraction.shortcutsFrom( round[i], in, options.witnessSettleLimit, searches[worker], inRound.data(), shortcuts[i] ); } );

      std::vector<Contraction::Contracted> contracted( round.size() );
      forEachInParallel( round.size(), share( searchesInRound, 4096 ), [&]( std::size_t i, unsigned )
                         { contracted[i] = contraction.contract( round[i], shortcuts[i], up[round[i]], down[round[i]] ); } );
      // No two nodes of a round share a neighbour: each neighbour appears once.
      std::vector<NodeId> neighbours;
      for ( std::size_t i = 0; i < round.size(); ++i )
      {
        contraction.count( contracted[i], shortcuts[i].size() );
        neighbours.insert( neighbours.end(), contracted[i].neighbours.begin(), contracted[i].neighbours.end() );
        order.push_back( round[i] );
      }
      forEachInParallel( neighbours.size(), share( neighbours.size(), 512 ), [&]( std::size_t i, unsigned worker )
                         { priorities[neighbours[i]] = contraction.priority( neighbours[i], searches[worker] ); } );
      candidates = contraction.withinTwoArcs( neighbours, marked );
      for ( NodeId node : round )
        inRound[node] = 0;

      const std::size_t remaining = nodeCount - order.size();
      if ( remaining > coreLimit && static_cast<double>( contraction.remainingArcs() ) > options.maxCoreDegree * static_cast<double>( remaining ) )
      {
        if ( whyNot )
          *whyNot = "after " + std::to_string( order.size() ) + " of " + std::to_string( nodeCount ) + " nodes the graph left has more than " + std::to_string( static_cast<int>( options.maxCoreDegree ) ) + " arcs a node: the network is too grid-like for a prepared graph to pay";
        return std::nullopt;
      }
    }

    ContractionHierarchy hierarchy;
    hierarchy.mRank.assign( nodeCount, NO_ID );
    for ( std::size_t r = 0; r < order.size(); ++r )
      hierarchy.mRank[order[r]] = static_cast<NodeId>( r );
    packArcs( up, order, hierarchy.mRank, share( nodeCount, 4096 ), hierarchy.mUpFirst, hierarchy.mUp );
    packArcs( down, order, hierarchy.mRank, share( nodeCount, 4096 ), hierarchy.mDownFirst, hierarchy.mDown );
    hierarchy.mShortcuts = contraction.shortcutCount();
    hierarchy.mFingerprint = fingerprint( graph );
    return hierarchy;
  }

  // Every byte of a stored arc is a member, so the bytes stored are those set, not leftovers.
  static_assert( sizeof( ContractionHierarchy::Arc ) == sizeof( NodeId ) + sizeof( std::uint32_t ) + 2 * sizeof( double ) );

  std::string ContractionHierarchy::toBytes() const
  {
    ByteWriter out;
    out.reserve( 64 + ByteWriter::arrayBytes( mRank, mUpFirst, mUp, mDownFirst, mDown ) );
    out.header( FORMAT );
    out.value( mFingerprint );
    out.value( static_cast<std::uint64_t>( mShortcuts ) );
    out.array( mRank );
    out.array( mUpFirst );
    out.array( mUp );
    out.array( mDownFirst );
    out.array( mDown );
    return out.take();
  }

  std::optional<ContractionHierarchy> ContractionHierarchy::fromBytes( std::string_view bytes )
  {
    ByteReader in( bytes );
    std::uint64_t shortcuts = 0;
    ContractionHierarchy hierarchy;
    if ( !in.header( FORMAT ) || !in.value( hierarchy.mFingerprint ) || !in.value( shortcuts ) )
      return std::nullopt;
    if ( !in.array( hierarchy.mRank ) || !in.array( hierarchy.mUpFirst ) || !in.array( hierarchy.mUp ) || !in.array( hierarchy.mDownFirst ) || !in.array( hierarchy.mDown ) || !in.atEnd() )
      return std::nullopt;
    // The arrays must agree with one another, or a search would read past them.
    const std::size_t n = hierarchy.mRank.size();
    auto validCsr = [n]( const std::vector<EdgeId> &first, const std::vector<Arc> &arcs )
    {
      if ( first.size() != n + 1 || first.front() != 0 || first.back() != arcs.size() || !std::is_sorted( first.begin(), first.end() ) )
        return false;
      return std::all_of( arcs.begin(), arcs.end(), [n]( const Arc &arc )
                          { return arc.head < n; } );
    };
    if ( !validCsr( hierarchy.mUpFirst, hierarchy.mUp ) || !validCsr( hierarchy.mDownFirst, hierarchy.mDown ) )
      return std::nullopt;
    if ( !std::all_of( hierarchy.mRank.begin(), hierarchy.mRank.end(), [n]( NodeId r )
                       { return r < n; } ) )
      return std::nullopt;
    hierarchy.mShortcuts = static_cast<std::size_t>( shortcuts );
    return hierarchy;
  }

  UpwardSearch::UpwardSearch( const ContractionHierarchy &hierarchy, bool backward )
      : mHierarchy( hierarchy ), mBackward( backward )
  {
    assignOnHugePages( mLabels, hierarchy.nodeCount() );
  }

  void UpwardSearch::reset()
  {
    if ( ++mRun == 0 )
    {
      for ( Label &label : mLabels )
        label.stamp = label.done = 0;
      mRun = 1;
    }
    mHeap.clear();
    mSettled.clear();
  }

  void UpwardSearch::addSource( NodeId graphNode, double seconds, double metres )
  {
    offer( mHierarchy.rankOf( graphNode ), seconds, metres );
  }

  void UpwardSearch::offer( NodeId node, double seconds, double metres )
  {
    Label &label = mLabels[node];
    if ( label.stamp == mRun && ( label.seconds < seconds || ( label.seconds == seconds && label.metres <= metres ) ) )
      return;
    label.seconds = seconds;
    label.metres = metres;
    label.stamp = mRun;
    mHeap.push_back( { seconds, metres, node } );
    std::push_heap( mHeap.begin(), mHeap.end(), std::greater<HeapItem>() );
  }

  void UpwardSearch::dropStale()
  {
    while ( !mHeap.empty() )
    {
      const HeapItem &top = mHeap.front();
      Label &label = mLabels[top.node];
      if ( label.done != mRun && label.seconds == top.seconds && label.metres == top.metres )
      {
        if ( !stalled( top.node, label ) )
          return;
        label.done = mRun;
      }
      std::pop_heap( mHeap.begin(), mHeap.end(), std::greater<HeapItem>() );
      mHeap.pop_back();
    }
  }

  bool UpwardSearch::stalled( NodeId node, const Label &label ) const
  {
    // Arcs into node from higher nodes, in the search's direction: the other side's upward arcs.
    const ContractionHierarchy::Arc *begin = mBackward ? mHierarchy.upBegin( node ) : mHierarchy.downBegin( node );
    const ContractionHierarchy::Arc *end = mBackward ? mHierarchy.upEnd( node ) : mHierarchy.downEnd( node );
    for ( const ContractionHierarchy::Arc *arc = begin; arc != end; ++arc )
    {
      const Label &higher = mLabels[arc->head];
      if ( higher.stamp != mRun )
        continue;
      const double seconds = higher.seconds + arc->seconds;
      if ( seconds < label.seconds || ( seconds == label.seconds && higher.metres + arc->metres < label.metres ) )
        return true;
    }
    return false;
  }

  bool UpwardSearch::finished()
  {
    dropStale();
    return mHeap.empty();
  }

  double UpwardSearch::nextSeconds()
  {
    dropStale();
    return mHeap.empty() ? UNREACHABLE : mHeap.front().seconds;
  }

  const UpwardSearch::Settled &UpwardSearch::settleNext()
  {
    dropStale();
    std::pop_heap( mHeap.begin(), mHeap.end(), std::greater<HeapItem>() );
    const HeapItem item = mHeap.back();
    mHeap.pop_back();
    mLabels[item.node].done = mRun;
    mSettled.push_back( { item.node, item.seconds, item.metres } );
    const ContractionHierarchy::Arc *begin = mBackward ? mHierarchy.downBegin( item.node ) : mHierarchy.upBegin( item.node );
    const ContractionHierarchy::Arc *end = mBackward ? mHierarchy.downEnd( item.node ) : mHierarchy.upEnd( item.node );
    for ( const ContractionHierarchy::Arc *arc = begin; arc != end; ++arc )
      offer( arc->head, item.seconds + arc->seconds, item.metres + arc->metres );
    return mSettled.back();
  }

  void UpwardSearch::run()
  {
    while ( !finished() )
      settleNext();
  }
} // namespace placegap
