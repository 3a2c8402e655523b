/***************************************************************************
  degreeofurbanisation.cpp - the Degree of Urbanisation grid and spatial unit rules
 ***************************************************************************/
#include "degreeofurbanisation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace placegap
{
  namespace
  {
    constexpr std::int32_t NONE = -1;

    //! Row-major grid geometry with neighbour walks.
    struct Lattice
    {
        std::size_t columns;
        std::size_t rows;

        //! Calls visit(neighbour) for the 4 (edges) or 8 (edges and corners) neighbours inside the grid.
        template <typename Visit>
        void forNeighbours( std::size_t cell, bool diagonals, Visit visit ) const
        {
          const std::ptrdiff_t row = static_cast<std::ptrdiff_t>( cell / columns );
          const std::ptrdiff_t column = static_cast<std::ptrdiff_t>( cell % columns );
          for ( std::ptrdiff_t dr = -1; dr <= 1; ++dr )
          {
            for ( std::ptrdiff_t dc = -1; dc <= 1; ++dc )
            {
              if ( ( dr == 0 && dc == 0 ) || ( !diagonals && dr != 0 && dc != 0 ) )
                continue;
              const std::ptrdiff_t r = row + dr;
              const std::ptrdiff_t c = column + dc;
              if ( r < 0 || c < 0 || r >= static_cast<std::ptrdiff_t>( rows ) || c >= static_cast<std::ptrdiff_t>( columns ) )
                continue;
              visit( static_cast<std::size_t>( r ) * columns + static_cast<std::size_t>( c ) );
            }
          }
        }

        bool onEdge( std::size_t cell ) const
        {
          const std::size_t row = cell / columns;
          const std::size_t column = cell % columns;
          return row == 0 || column == 0 || row + 1 == rows || column + 1 == columns;
        }
    };

    /**
     * Labels the connected components of the cells where inMask is true: label per cell (NONE
     * outside the mask), components numbered by their first cell in row-major order.
     */
    template <typename InMask>
    std::size_t label( const Lattice &lattice, bool diagonals, InMask inMask, std::vector<std::int32_t> &labels )
    {
      const std::size_t count = lattice.columns * lattice.rows;
      labels.assign( count, NONE );
      std::vector<std::size_t> stack;
      std::int32_t next = 0;
      for ( std::size_t start = 0; start < count; ++start )
      {
        if ( labels[start] != NONE || !inMask( start ) )
          continue;
        labels[start] = next;
        stack.push_back( start );
        while ( !stack.empty() )
        {
          const std::size_t cell = stack.back();
          stack.pop_back();
          lattice.forNeighbours( cell, diagonals, [&]( std::size_t neighbour )
                                 {
            if ( labels[neighbour] == NONE && inMask( neighbour ) )
            {
              labels[neighbour] = next;
              stack.push_back( neighbour );
            } } );
        }
        ++next;
      }
      return static_cast<std::size_t>( next );
    }

    //! Sum of population per component.
    std::vector<double> componentTotals( const std::vector<std::int32_t> &labels, std::size_t components, const PopulationGrid &grid )
    {
      std::vector<double> totals( components, 0.0 );
      for ( std::size_t cell = 0; cell < labels.size(); ++cell )
      {
        if ( labels[cell] != NONE && grid.isValid( cell ) )
          totals[static_cast<std::size_t>( labels[cell] )] += grid.population[cell];
      }
      return totals;
    }

    /**
     * Fills enclosed gaps of the centres: 8-connected groups of cells outside every centre that
     * do not touch the grid's edge and whose surrounding cells all belong to one centre, smaller
     * than maxHoleKm2. Returns the number of cells added.
     */
    std::size_t fillHoles( const Lattice &lattice, const PopulationGrid &grid, double maxHoleKm2, std::vector<std::int32_t> &centre )
    {
      std::vector<std::int32_t> gaps;
      const std::size_t gapCount = label(
          lattice, true, [&]( std::size_t cell )
          { return centre[cell] == NONE; },
          gaps );
      std::vector<std::size_t> cellsIn( gapCount, 0 );
      std::vector<bool> open( gapCount, false );
      std::vector<std::int32_t> surroundedBy( gapCount, NONE );
      for ( std::size_t cell = 0; cell < gaps.size(); ++cell )
      {
        const std::int32_t gap = gaps[cell];
        if ( gap == NONE )
          continue;
        const std::size_t g = static_cast<std::size_t>( gap );
        ++cellsIn[g];
        if ( lattice.onEdge( cell ) )
          open[g] = true;
        lattice.forNeighbours( cell, true, [&]( std::size_t neighbour )
                               {
          // A neighbour outside centres is part of the same gap (8-connected); a gap touching two
          // centres lies between them and is not enclosed.
          const std::int32_t owner = centre[neighbour];
          if ( owner == NONE )
            return;
          if ( surroundedBy[g] == NONE )
            surroundedBy[g] = owner;
          else if ( surroundedBy[g] != owner )
            open[g] = true; } );
      }
      std::size_t added = 0;
      for ( std::size_t cell = 0; cell < gaps.size(); ++cell )
      {
        const std::int32_t gap = gaps[cell];
        if ( gap == NONE )
          continue;
        const std::size_t g = static_cast<std::size_t>( gap );
        if ( open[g] || surroundedBy[g] == NONE || !( static_cast<double>( cellsIn[g] ) * grid.cellAreaKm2() < maxHoleKm2 ) )
          continue;
        if ( grid.isValid( cell ) )
        {
          centre[cell] = surroundedBy[g];
          ++added;
        }
      }
      return added;
    }

    /**
     * One pass of the majority rule: cells outside centres with at least majority of their 8
     * surrounding cells in one centre join it, judged on the grid as it was before the pass.
     */
    std::size_t majorityPass( const Lattice &lattice, const PopulationGrid &grid, int majority, std::vector<std::int32_t> &centre )
    {
      const std::vector<std::int32_t> before = centre;
      std::size_t added = 0;
      for ( std::size_t cell = 0; cell < before.size(); ++cell )
      {
        if ( before[cell] != NONE || !grid.isValid( cell ) )
          continue;
        // At most 8 neighbours: count per distinct centre in a small list.
        std::int32_t ids[8];
        int counts[8];
        int distinct = 0;
        lattice.forNeighbours( cell, true, [&]( std::size_t neighbour )
                               {
          const std::int32_t owner = before[neighbour];
          if ( owner == NONE )
            return;
          for ( int i = 0; i < distinct; ++i )
          {
            if ( ids[i] == owner )
            {
              ++counts[i];
              return;
            }
          }
          ids[distinct] = owner;
          counts[distinct] = 1;
          ++distinct; } );
        for ( int i = 0; i < distinct; ++i )
        {
          if ( counts[i] >= majority )
          {
            centre[cell] = ids[i];
            ++added;
            break;
          }
        }
      }
      return added;
    }
  } // namespace

  std::string DegurbaThresholds::problem() const
  {
    for ( double value : { centreDensity, centrePopulation, clusterDensity, clusterPopulation, ruralClusterPopulation, lowDensityRural, maxHoleKm2, semiDenseDistanceKm } )
    {
      if ( !std::isfinite( value ) || value < 0 )
        return "thresholds must be finite numbers, 0 or more";
    }
    if ( !( clusterDensity > 0 ) || !( centreDensity >= clusterDensity ) )
      return "the centre density must be at least the cluster density, which must be more than 0";
    if ( !( centrePopulation >= clusterPopulation ) || !( clusterPopulation >= ruralClusterPopulation ) )
      return "the centre population must be at least the cluster population, itself at least the rural cluster population";
    if ( majorityNeighbours < 1 || majorityNeighbours > 8 )
      return "the majority rule needs 1 to 8 neighbours";
    return std::string();
  }

  std::string PopulationGrid::problem() const
  {
    if ( columns == 0 || rows == 0 )
      return "the grid has no cells";
    if ( columns > std::numeric_limits<std::size_t>::max() / rows )
      return "the grid is too large";
    if ( population.size() != columns * rows )
      return "the population values do not match the grid size";
    if ( !valid.empty() && valid.size() != columns * rows )
      return "the NODATA mask does not match the grid size";
    if ( !std::isfinite( cellSideKm ) || !( cellSideKm > 0 ) )
      return "the cell size must be more than 0";
    for ( std::size_t cell = 0; cell < population.size(); ++cell )
    {
      if ( isValid( cell ) && ( !std::isfinite( population[cell] ) || population[cell] < 0 ) )
        return "population values must be finite numbers, 0 or more (cell " + std::to_string( cell ) + ")";
    }
    return std::string();
  }

  int levelOneClass( GridClass gridClass )
  {
    return static_cast<int>( gridClass ) / 10;
  }

  std::string gridClassLabel( GridClass gridClass )
  {
    switch ( gridClass )
    {
    case GridClass::NoData:
      return "No data";
    case GridClass::VeryLowDensityRural:
      return "Very low density rural grid cell";
    case GridClass::LowDensityRural:
      return "Low density rural grid cell";
    case GridClass::RuralCluster:
      return "Rural cluster grid cell";
    case GridClass::SuburbanPeriUrban:
      return "Suburban or peri-urban grid cell";
    case GridClass::SemiDenseUrbanCluster:
      return "Semi-dense urban cluster grid cell";
    case GridClass::DenseUrbanCluster:
      return "Dense urban cluster grid cell";
    case GridClass::UrbanCentre:
      return "Urban centre grid cell";
    }
    return std::string();
  }

  DegurbaGrid classifyDegreeOfUrbanisation( const PopulationGrid &grid, const DegurbaThresholds &thresholds, const std::function<bool()> &cancelled )
  {
    DegurbaGrid result;
    const std::size_t count = grid.columns * grid.rows;
    const Lattice lattice { grid.columns, grid.rows };
    const double area = grid.cellAreaKm2();
    const auto stop = [&]()
    {
      if ( cancelled && cancelled() )
        result.cancelled = true;
      return result.cancelled;
    };
    // Density compared as population >= threshold x area, so thresholds stay exact on 1 km² cells.
    const auto atLeast = [&]( std::size_t cell, double density )
    { return grid.isValid( cell ) && grid.population[cell] >= density * area; };
    for ( std::size_t cell = 0; cell < count; ++cell )
      result.noDataCells += grid.isValid( cell ) ? 0 : 1;

    // 1. Urban centres: 4-connected dense clusters of centrePopulation or more.
    std::vector<std::int32_t> dense;
    const std::size_t denseCount = label(
        lattice, false, [&]( std::size_t cell )
        { return atLeast( cell, thresholds.centreDensity ); },
        dense );
    const std::vector<double> denseTotals = componentTotals( dense, denseCount, grid );
    std::vector<std::int32_t> centreOfDense( denseCount, NONE );
    std::int32_t centres = 0;
    for ( std::size_t d = 0; d < denseCount; ++d )
    {
      if ( denseTotals[d] >= thresholds.centrePopulation )
      {
        centreOfDense[d] = centres++;
        result.centreSeedPopulation.push_back( denseTotals[d] );
      }
    }
    result.centre.assign( count, NONE );
    for ( std::size_t cell = 0; cell < count; ++cell )
    {
      if ( dense[cell] != NONE )
        result.centre[cell] = centreOfDense[static_cast<std::size_t>( dense[cell] )];
    }
    if ( stop() )
      return result;

    // Gap filling until neither enclosed gaps nor the majority rule add a cell.
    if ( centres > 0 )
    {
      for ( ;; )
      {
        if ( stop() )
          return result;
        std::size_t added = fillHoles( lattice, grid, thresholds.maxHoleKm2, result.centre );
        for ( ;; )
        {
          if ( stop() )
            return result;
          const std::size_t pass = majorityPass( lattice, grid, thresholds.majorityNeighbours, result.centre );
          added += pass;
          if ( pass == 0 )
            break;
        }
        result.filledCells += added;
        // The majority rule may have closed new gaps: go round until a round adds nothing.
        if ( added == 0 )
          break;
      }
    }
    result.centrePopulation.assign( static_cast<std::size_t>( centres ), 0.0 );
    for ( std::size_t cell = 0; cell < count; ++cell )
    {
      if ( result.centre[cell] != NONE && grid.isValid( cell ) )
        result.centrePopulation[static_cast<std::size_t>( result.centre[cell] )] += grid.population[cell];
    }
    if ( stop() )
      return result;

    // 2. Urban clusters: 8-connected clusters of clusterDensity cells (centre cells included).
    std::vector<std::int32_t> moderate;
    const std::size_t moderateCount = label(
        lattice, true, [&]( std::size_t cell )
        { return atLeast( cell, thresholds.clusterDensity ); },
        moderate );
    const std::vector<double> moderateTotals = componentTotals( moderate, moderateCount, grid );

    // 3. Dense urban clusters: 4-connected clusters of centreDensity cells outside centres.
    std::vector<std::int32_t> denseCluster;
    const std::size_t denseClusterCount = label(
        lattice, false, [&]( std::size_t cell )
        { return result.centre[cell] == NONE && atLeast( cell, thresholds.centreDensity ); },
        denseCluster );
    const std::vector<double> denseClusterTotals = componentTotals( denseCluster, denseClusterCount, grid );
    const auto isDenseCluster = [&]( std::size_t cell )
    { return denseCluster[cell] != NONE && denseClusterTotals[static_cast<std::size_t>( denseCluster[cell] )] >= thresholds.clusterPopulation; };
    for ( std::size_t d = 0; d < denseClusterCount; ++d )
      result.denseUrbanClusterCount += denseClusterTotals[d] >= thresholds.clusterPopulation ? 1 : 0;
    if ( stop() )
      return result;

    // Cells less than semiDenseDistanceKm from a centre or dense urban cluster cell, measured
    // between the nearest edges of the two cells (cells as the areas they stand for).
    std::vector<bool> nearDense( count, false );
    const double reachCells = thresholds.semiDenseDistanceKm / grid.cellSideKm;
    const std::ptrdiff_t reach = static_cast<std::ptrdiff_t>( std::ceil( reachCells ) ) + 1;
    const auto gap = []( std::ptrdiff_t offset )
    { return static_cast<double>( std::max<std::ptrdiff_t>( 0, std::abs( offset ) - 1 ) ); };
    for ( std::size_t cell = 0; cell < count; ++cell )
    {
      if ( result.centre[cell] == NONE && !isDenseCluster( cell ) )
        continue;
      const std::ptrdiff_t row = static_cast<std::ptrdiff_t>( cell / grid.columns );
      const std::ptrdiff_t column = static_cast<std::ptrdiff_t>( cell % grid.columns );
      for ( std::ptrdiff_t dr = -reach; dr <= reach; ++dr )
      {
        for ( std::ptrdiff_t dc = -reach; dc <= reach; ++dc )
        {
          const std::ptrdiff_t r = row + dr;
          const std::ptrdiff_t c = column + dc;
          if ( r < 0 || c < 0 || r >= static_cast<std::ptrdiff_t>( grid.rows ) || c >= static_cast<std::ptrdiff_t>( grid.columns ) )
            continue;
          const double gapCells2 = gap( dr ) * gap( dr ) + gap( dc ) * gap( dc );
          if ( gapCells2 < reachCells * reachCells * ( 1 - 1e-12 ) )
            nearDense[static_cast<std::size_t>( r ) * grid.columns + static_cast<std::size_t>( c )] = true;
        }
      }
    }
    // An urban cluster is semi-dense when none of its cells is a centre or dense cluster cell or near one.
    std::vector<bool> semiDense( moderateCount, true );
    for ( std::size_t cell = 0; cell < count; ++cell )
    {
      if ( moderate[cell] != NONE && nearDense[cell] )
        semiDense[static_cast<std::size_t>( moderate[cell] )] = false;
    }
    if ( stop() )
      return result;

    // 4. Every cell's class.
    result.cells.assign( count, GridClass::NoData );
    for ( std::size_t m = 0; m < moderateCount; ++m )
    {
      if ( moderateTotals[m] >= thresholds.clusterPopulation )
      {
        ++result.urbanClusterCount;
        result.semiDenseUrbanClusterCount += semiDense[m] ? 1 : 0;
      }
      else if ( moderateTotals[m] >= thresholds.ruralClusterPopulation )
      {
        ++result.ruralClusterCount;
      }
    }
    for ( std::size_t cell = 0; cell < count; ++cell )
    {
      if ( !grid.isValid( cell ) )
        continue;
      GridClass &out = result.cells[cell];
      const std::int32_t m = moderate[cell];
      const double clusterTotal = m == NONE ? 0.0 : moderateTotals[static_cast<std::size_t>( m )];
      if ( result.centre[cell] != NONE )
        out = GridClass::UrbanCentre;
      else if ( isDenseCluster( cell ) )
        out = GridClass::DenseUrbanCluster;
      else if ( m != NONE && clusterTotal >= thresholds.clusterPopulation )
        out = semiDense[static_cast<std::size_t>( m )] ? GridClass::SemiDenseUrbanCluster : GridClass::SuburbanPeriUrban;
      else if ( m != NONE && clusterTotal >= thresholds.ruralClusterPopulation )
        out = GridClass::RuralCluster;
      else if ( atLeast( cell, thresholds.lowDensityRural ) )
        out = GridClass::LowDensityRural;
      else
        out = GridClass::VeryLowDensityRural;
    }
    return result;
  }

  std::optional<UnitClass> classifySpatialUnit( double centrePopulation, double clusterPopulation, double ruralPopulation )
  {
    const double total = centrePopulation + clusterPopulation + ruralPopulation;
    if ( !( total > 0 ) || !std::isfinite( total ) )
      return std::nullopt;
    // Compare populations rather than divided shares, so that exactly 50 % stays exactly 50 %.
    if ( 2.0 * centrePopulation >= total )
      return UnitClass::City;
    if ( 2.0 * ruralPopulation >= total )
      return UnitClass::RuralArea;
    return UnitClass::TownSemiDense;
  }

  std::string unitClassLabel( UnitClass unitClass )
  {
    switch ( unitClass )
    {
    case UnitClass::City:
      return "Cities";
    case UnitClass::TownSemiDense:
      return "Towns and semi-dense areas";
    case UnitClass::RuralArea:
      return "Rural areas";
    }
    return std::string();
  }

  std::optional<UnitClassLevel2> classifySpatialUnitLevel2( const UnitPopulation &population )
  {
    const std::optional<UnitClass> levelOne = classifySpatialUnit( population.urbanCentre, population.urbanCluster(), population.rural() );
    if ( !levelOne )
      return std::nullopt;
    switch ( *levelOne )
    {
    case UnitClass::City:
      return UnitClassLevel2::City;
    case UnitClass::TownSemiDense:
      if ( population.suburbanPeriUrban > population.denseUrbanCluster + population.semiDenseUrbanCluster )
        return UnitClassLevel2::SuburbanPeriUrbanArea;
      return population.denseUrbanCluster >= population.semiDenseUrbanCluster ? UnitClassLevel2::DenseTown : UnitClassLevel2::SemiDenseTown;
    case UnitClass::RuralArea:
      if ( population.ruralCluster >= population.lowDensityRural && population.ruralCluster >= population.veryLowDensityRural )
        return UnitClassLevel2::Village;
      if ( population.lowDensityRural >= population.veryLowDensityRural )
        return UnitClassLevel2::DispersedRuralArea;
      return UnitClassLevel2::MostlyUninhabitedArea;
    }
    return std::nullopt;
  }

  std::string unitClassLevel2Label( UnitClassLevel2 unitClass )
  {
    switch ( unitClass )
    {
    case UnitClassLevel2::City:
      return "Cities";
    case UnitClassLevel2::DenseTown:
      return "Dense towns";
    case UnitClassLevel2::SemiDenseTown:
      return "Semi-dense towns";
    case UnitClassLevel2::SuburbanPeriUrbanArea:
      return "Suburban or peri-urban areas";
    case UnitClassLevel2::Village:
      return "Villages";
    case UnitClassLevel2::DispersedRuralArea:
      return "Dispersed rural areas";
    case UnitClassLevel2::MostlyUninhabitedArea:
      return "Mostly uninhabited areas";
    }
    return std::string();
  }

} // namespace placegap
