/***************************************************************************
  degreeofurbanisation.h - the Degree of Urbanisation grid and spatial unit rules
 ***************************************************************************/
#ifndef PLACEGAP_CORE_DEGREEOFURBANISATION_H
#define PLACEGAP_CORE_DEGREEOFURBANISATION_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace placegap
{
  /**
   * Thresholds of the Degree of Urbanisation (Eurostat, "Applying the Degree of Urbanisation",
   * 2021 edition); the defaults are the method's own. Densities are inhabitants per km²,
   * populations are inhabitants, areas km², distances km.
   */
  struct DegurbaThresholds
  {
      double centreDensity = 1500;         //!< Urban centre and dense urban cluster cells: density at least this.
      double centrePopulation = 50000;     //!< An urban centre holds at least this many people.
      double clusterDensity = 300;         //!< Urban cluster and rural cluster cells: density at least this.
      double clusterPopulation = 5000;     //!< An urban cluster (and a dense urban cluster) holds at least this many.
      double ruralClusterPopulation = 500; //!< A rural cluster holds at least this many (and fewer than clusterPopulation).
      double lowDensityRural = 50;         //!< Rural cells of at least this density are low density rural; below, very low density.
      double maxHoleKm2 = 15;              //!< Enclosed gaps in an urban centre smaller than this are filled.
      int majorityNeighbours = 5;          //!< A cell with at least this many of its 8 surrounding cells in one centre joins it.
      double semiDenseDistanceKm = 2;      //!< An urban cluster with a cell less than this from a centre or dense cluster cell (edge to edge) is not semi-dense.

      //! Why these thresholds cannot be used, or empty.
      std::string problem() const;
  };

  /**
   * Grid classes, with the GHS-SMOD level 2 codes. The level 1 class is the first digit:
   * 3 urban centre, 2 urban cluster, 1 rural grid cell.
   */
  enum class GridClass : std::uint8_t
  {
    NoData = 0,                 //!< A cell without a population value (NODATA): never classified.
    VeryLowDensityRural = 11,   //!< Rural cell below lowDensityRural.
    LowDensityRural = 12,       //!< Rural cell of lowDensityRural or more, outside rural clusters.
    RuralCluster = 13,          //!< Rural cell in an 8-connected cluster of clusterDensity cells of ruralClusterPopulation to below clusterPopulation.
    SuburbanPeriUrban = 21,     //!< Urban cluster cell neither dense nor semi-dense.
    SemiDenseUrbanCluster = 22, //!< Urban cluster cell of a cluster with no centre or dense cluster in it or near it.
    DenseUrbanCluster = 23,     //!< Cell of a 4-connected cluster of centreDensity cells of clusterPopulation or more, outside centres.
    UrbanCentre = 30,           //!< Urban centre cell.
  };

  //! Level 1 class of a grid class: 3 urban centre, 2 urban cluster, 1 rural grid cell, 0 no data.
  int levelOneClass( GridClass gridClass );

  //! English label of a grid class ("Dense urban cluster").
  std::string gridClassLabel( GridClass gridClass );

  /**
   * A population grid: rows from the top (north) down, columns from the left (west); cell i is
   * row i / columns, column i % columns. Cells are squares of cellSideKm.
   */
  struct PopulationGrid
  {
      std::size_t columns = 0;
      std::size_t rows = 0;
      double cellSideKm = 1;
      std::vector<double> population; //!< Inhabitants per cell, row-major.
      std::vector<bool> valid;        //!< False for NODATA cells (their population is taken as 0); empty = all valid.

      double cellAreaKm2() const { return cellSideKm * cellSideKm; }
      bool isValid( std::size_t cell ) const { return valid.empty() || valid[cell]; }
      //! Why the grid cannot be classified, or empty.
      std::string problem() const;
  };

  //! The classified grid.
  struct DegurbaGrid
  {
      std::vector<GridClass> cells;             //!< Class of each cell, row-major.
      std::vector<std::int32_t> centre;         //!< Urban centre of each cell (0, 1, ...), -1 outside centres.
      std::vector<double> centrePopulation;     //!< Population of each centre after gap filling.
      std::vector<double> centreSeedPopulation; //!< Population of each centre's dense cells before gap filling.
      std::size_t urbanClusterCount = 0;        //!< Urban clusters (8-connected, with or without a centre).
      std::size_t denseUrbanClusterCount = 0;   //!< Dense urban clusters.
      std::size_t semiDenseUrbanClusterCount = 0;
      std::size_t ruralClusterCount = 0;
      std::size_t filledCells = 0; //!< Cells added to centres by gap filling (majority rule and holes).
      std::size_t noDataCells = 0;
      bool cancelled = false; //!< The cancel callback stopped the classification; the result is incomplete.
  };

  /**
   * Classifies each cell of the grid by the Degree of Urbanisation (level 1 and 2). Density is
   * population / cell area in km². Steps:
   *  1. Urban centres: 4-connected clusters (edges only) of cells of centreDensity or more with
   *     centrePopulation or more in all. Gap filling, repeated until neither step adds a cell:
   *     enclosed gaps (8-connected groups of cells outside centres, away from the grid's edge,
   *     surrounded by one centre) smaller than maxHoleKm2 join that centre; then the majority
   *     rule, in passes until a pass adds nothing: a cell outside centres with majorityNeighbours
   *     or more of its 8 surrounding cells in one centre joins it (each pass looks at the grid as
   *     it was at the start of the pass). NODATA cells never join a centre.
   *  2. Urban clusters: 8-connected clusters of cells of clusterDensity or more (centre cells
   *     included) with clusterPopulation or more; their cells outside centres are urban cluster
   *     cells (level 1 class 2).
   *  3. Dense urban clusters (23): 4-connected clusters of cells of centreDensity or more outside
   *     centres, with clusterPopulation or more. Semi-dense urban clusters (22): the urban
   *     cluster cells of an urban cluster that holds no urban centre or dense urban cluster cell
   *     and whose cells are all at least semiDenseDistanceKm from one (measured between the
   *     nearest edges of the cells: with 1 km cells, two empty cells between them). Suburban or
   *     peri-urban (21): the other urban cluster cells.
   *  4. Rural cells (level 1 class 1): rural cluster (13) when in an 8-connected cluster of
   *     clusterDensity cells with ruralClusterPopulation or more (and below clusterPopulation);
   *     else low density rural (12) at lowDensityRural or more; else very low density rural (11).
   * All thresholds are inclusive ("at least"). Centres are numbered by their first cell in row-major order.
   */
  DegurbaGrid classifyDegreeOfUrbanisation( const PopulationGrid &grid, const DegurbaThresholds &thresholds, const std::function<bool()> &cancelled = {} );

  //! Level 1 class of a spatial unit.
  enum class UnitClass
  {
    City = 1,          //!< At least 50 % of the population in urban centres.
    TownSemiDense = 2, //!< Less than 50 % in urban centres and less than 50 % in rural grid cells.
    RuralArea = 3,     //!< At least 50 % in rural grid cells (and less than 50 % in centres).
  };

  /**
   * The class of a spatial unit from its population in urban centre, urban cluster and rural
   * cells; empty when it has no population. A unit with exactly 50 % in centres and 50 % in
   * rural cells is a city (the city rule is applied first).
   */
  std::optional<UnitClass> classifySpatialUnit( double centrePopulation, double clusterPopulation, double ruralPopulation );

  //! English label of a unit class ("Towns and semi-dense areas").
  std::string unitClassLabel( UnitClass unitClass );

  //! People of a spatial unit in each level 2 grid class.
  struct UnitPopulation
  {
      double urbanCentre = 0;
      double denseUrbanCluster = 0;
      double semiDenseUrbanCluster = 0;
      double suburbanPeriUrban = 0;
      double ruralCluster = 0;
      double lowDensityRural = 0;
      double veryLowDensityRural = 0;

      //! From people per level-2 class in code order: 30, 23, 22, 21, 13, 12, 11.
      static UnitPopulation fromLevelTwoOrder( const std::array<double, 7> &people )
      {
        return UnitPopulation { people[0], people[1], people[2], people[3], people[4], people[5], people[6] };
      }

      double urbanCluster() const { return denseUrbanCluster + semiDenseUrbanCluster + suburbanPeriUrban; }
      double rural() const { return ruralCluster + lowDensityRural + veryLowDensityRural; }
      double total() const { return urbanCentre + urbanCluster() + rural(); }
  };

  //! Level 2 class of a spatial unit, with the GHSL codes.
  enum class UnitClassLevel2
  {
    City = 30,                  //!< Level 1 city.
    DenseTown = 23,             //!< Town: dense urban clusters hold at least as many as semi-dense ones.
    SemiDenseTown = 22,         //!< Town: semi-dense urban clusters hold more than dense ones.
    SuburbanPeriUrbanArea = 21, //!< Town or semi-dense area with more people in suburban or peri-urban cells than in dense and semi-dense urban clusters.
    Village = 13,               //!< Rural area whose rural people live mostly in rural clusters.
    DispersedRuralArea = 12,    //!< ... mostly in low density rural cells.
    MostlyUninhabitedArea = 11, //!< ... mostly in very low density rural cells.
  };

  /**
   * The level 2 class of a spatial unit (the 2021 manual's rules); empty when it has no
   * population. Cities as level 1. Towns and semi-dense areas (level 1): suburban or peri-urban
   * area when suburban or peri-urban cells hold more people than dense and semi-dense urban
   * clusters together; otherwise a dense town when dense urban clusters hold at least as many
   * as semi-dense ones, else a semi-dense town. Rural areas: by the rural grid class holding
   * most of their rural people: rural clusters (village), low density (dispersed rural area),
   * very low density (mostly uninhabited area); ties go to the denser class.
   */
  std::optional<UnitClassLevel2> classifySpatialUnitLevel2( const UnitPopulation &population );

  //! English label of a level 2 unit class ("Dispersed rural areas").
  std::string unitClassLevel2Label( UnitClassLevel2 unitClass );

} // namespace placegap

#endif // PLACEGAP_CORE_DEGREEOFURBANISATION_H
