/***************************************************************************
  placegapsamplesources.cpp - the published source files the sample data is built from
 ***************************************************************************/
#include "placegapsamplesources.h"

#include <QtGlobal>

namespace
{
  const QString OGL = QStringLiteral( "Open Government Licence v3.0" );
  const QString SIMD_ATTRIBUTION = QStringLiteral( "Contains public sector information licensed under the Open Government Licence v3.0. Source: Scottish Government, Scottish Index of Multiple Deprivation 2020v2." );
  const QString ZONES_ATTRIBUTION = QStringLiteral( "Copyright Scottish Government, contains Ordnance Survey data © Crown copyright and database right 2021. Licensed under the Open Government Licence v3.0." );
  const QString FERRY_ATTRIBUTION = QStringLiteral( "Contains Traveline Scotland / Traveline National Dataset data and NaPTAN data licensed under the Open Government Licence v3.0. Ferry terminal positions: Copyright (c) 2020 Stefan Church, BSD-3-Clause." );
  const QString FERRY_LICENCE = QStringLiteral( "Open Government Licence v3.0 (timetables, stop codes); BSD-3-Clause (terminal positions)" );
  const QString FERRY_PUBLISHER = QStringLiteral( "Traveline Scotland (TNDS) and NaPTAN, via the Scottish Ferries app (Stefan Church)" );
  const QString SCHOOLS_ATTRIBUTION = QStringLiteral( "Contains public sector information licensed under the Open Government Licence v3.0. Source: Scottish Government (School roll and locations 2023; Summary statistics for schools in Scotland 2024; Achievement of Curriculum for Excellence Levels 2021/22)." );
} // namespace

const QList<PlaceGapSampleSource> &PlaceGapSampleSource::all()
{
  static const QList<PlaceGapSampleSource> sources {
      { QStringLiteral( "simd_ranks" ), QStringLiteral( "SIMD+2020v2+-+ranks.xlsx" ), QStringLiteral( "SIMD 2020v2 ranks" ), { QStringLiteral( "Data_Zone" ), QStringLiteral( "Total_population" ), QStringLiteral( "Working_age_population" ), QStringLiteral( "SIMD2020v2_Rank" ), QStringLiteral( "SIMD2020v2_Income_Domain_Rank" ), QStringLiteral( "SIMD2020_Employment_Domain_Rank" ), QStringLiteral( "SIMD2020_Health_Domain_Rank" ), QStringLiteral( "SIMD2020_Education_Domain_Rank" ), QStringLiteral( "SIMD2020_Access_Domain_Rank" ), QStringLiteral( "SIMD2020_Crime_Domain_Rank" ), QStringLiteral( "SIMD2020_Housing_Domain_Rank" ) }, 6976, QStringLiteral( "SIMD 2020v2 overall and domain ranks with 2017 populations, by 2011 data zone" ), QStringLiteral( "Scottish Government" ), OGL, SIMD_ATTRIBUTION },
      { QStringLiteral( "simd_indicators" ), QStringLiteral( "SIMD+2020v2+-+indicators.xlsx" ), QStringLiteral( "Data" ), { QStringLiteral( "Data_Zone" ), QStringLiteral( "Income_count" ), QStringLiteral( "Income_rate" ), QStringLiteral( "drive_GP" ), QStringLiteral( "drive_post" ), QStringLiteral( "drive_primary" ), QStringLiteral( "drive_secondary" ), QStringLiteral( "drive_retail" ), QStringLiteral( "drive_petrol" ), QStringLiteral( "PT_GP" ), QStringLiteral( "PT_post" ), QStringLiteral( "PT_retail" ) }, 6976, QStringLiteral( "SIMD 2020v2 indicators, of which the drive and public transport times (minutes) to services" ), QStringLiteral( "Scottish Government" ), OGL, SIMD_ATTRIBUTION },
      { QStringLiteral( "data_zones" ), QStringLiteral( "boundaries_dz11.gpkg" ), QString(), { QStringLiteral( "dz11_code" ), QStringLiteral( "dz11_name" ) }, 6976, QStringLiteral( "2011 data zone boundaries (generalised)" ), QStringLiteral( "Scottish Government (SpatialData.gov.scot)" ), OGL, ZONES_ATTRIBUTION },
      { QStringLiteral( "intermediate_zones" ), QStringLiteral( "boundaries_iz11.gpkg" ), QString(), { QStringLiteral( "iz11_code" ), QStringLiteral( "iz11_name" ) }, 1279, QStringLiteral( "2011 intermediate zone boundaries (generalised)" ), QStringLiteral( "Scottish Government (SpatialData.gov.scot)" ), OGL, ZONES_ATTRIBUTION },
      { QStringLiteral( "zone_lookup" ), QStringLiteral( "lookup_dz11_iz11_ltla20.csv" ), QString(), { QStringLiteral( "dz11_code" ), QStringLiteral( "dz11_name" ), QStringLiteral( "iz11_code" ), QStringLiteral( "iz11_name" ), QStringLiteral( "ltla20_code" ), QStringLiteral( "ltla20_name" ) }, 6976, QStringLiteral( "Data zone to intermediate zone and council area look-up (SIMD 2020 look-up tool)" ), QStringLiteral( "Scottish Government" ), OGL, SIMD_ATTRIBUTION },
      { QStringLiteral( "council_areas" ), QStringLiteral( "council_areas_ltla24_scotland.gpkg" ), QString(), { QStringLiteral( "ltla24_code" ), QStringLiteral( "ltla24_name" ) }, 32, QStringLiteral( "Council area boundaries, May 2024, ultra-generalised, clipped to the coastline" ), QStringLiteral( "Office for National Statistics" ), OGL, QStringLiteral( "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2024." ) },
      { QStringLiteral( "urban_rural" ), QStringLiteral( "rural_dz_lookup_SGUR2016.csv" ), QString(), { QStringLiteral( "DZ_CODE" ), QStringLiteral( "UR2FOLD" ), QStringLiteral( "UR3FOLD" ), QStringLiteral( "UR6FOLD" ), QStringLiteral( "UR8FOLD" ) }, 6976, QStringLiteral( "Scottish Government Urban Rural Classification 2016 by data zone" ), QStringLiteral( "Scottish Government" ), OGL, QStringLiteral( "Contains public sector information licensed under the Open Government Licence v3.0. Source: Scottish Government Urban Rural Classification 2016." ) },
      { QStringLiteral( "school_roll" ), QStringLiteral( "ScotlandGSchoolRoll2023.csv" ), QString(), { QStringLiteral( "SeedCode" ), QStringLiteral( "SchoolType" ), QStringLiteral( "SchoolName" ), QStringLiteral( "LACode" ), QStringLiteral( "LAName" ), QStringLiteral( "DataZone" ), QStringLiteral( "PupilRoll" ), QStringLiteral( "FTETeacher" ), QStringLiteral( "DZUR8" ), QStringLiteral( "GridRefEasting" ), QStringLiteral( "GridRefNorthing" ) }, 2483, QStringLiteral( "School roll and locations 2023" ), QStringLiteral( "Scottish Government" ), OGL, SCHOOLS_ATTRIBUTION },
      { QStringLiteral( "school_statistics" ), QStringLiteral( "Schoollevelsummarystatistics2024.csv" ), QString(), { QStringLiteral( "SeedCode" ), QStringLiteral( "P1" ), QStringLiteral( "P4" ), QStringLiteral( "P7" ), QStringLiteral( "S3" ), QStringLiteral( "SIMD Quintile 1 [Note 6]" ), QStringLiteral( "SIMD Quintile 2 [Note 6]" ), QStringLiteral( "SIMD Quintile 3 [Note 6]" ), QStringLiteral( "SIMD Quintile 4 [Note 6]" ), QStringLiteral( "SIMD Quintile 5 [Note 6]" ) }, 2457, QStringLiteral( "School level summary statistics 2024: pupils by SIMD quintile" ), QStringLiteral( "Scottish Government" ), OGL, SCHOOLS_ATTRIBUTION },
      { QStringLiteral( "acel" ), QStringLiteral( "ACEL2122allschools.csv" ), QString(), { QStringLiteral( "Stage" ), QStringLiteral( "Seed Code" ), QStringLiteral( "Organiser" ), QStringLiteral( "Percentage Achieved expected level [note 1]" ) }, 9404, QStringLiteral( "Achievement of Curriculum for Excellence Levels 2021/22 by school" ), QStringLiteral( "Scottish Government" ), OGL, SCHOOLS_ATTRIBUTION },
      { QStringLiteral( "hospitals" ), QStringLiteral( "points_scotland_hospitals24.gpkg" ), QString(), { QStringLiteral( "sitecode" ), QStringLiteral( "sitename" ), QStringLiteral( "type" ), QStringLiteral( "hbname" ) }, 309, QStringLiteral( "NHS Scotland hospital sites 2024" ), QStringLiteral( "Public Health Scotland / Improvement Service (Spatial Hub)" ), OGL, QStringLiteral( "Contains public sector information licensed under the Open Government Licence v3.0. Source: Public Health Scotland / Improvement Service Spatial Hub." ) },
      { QStringLiteral( "ferry_terminals" ), QStringLiteral( "ferries_northern_alliance.gpkg" ), QStringLiteral( "ferry_terminals" ), { QStringLiteral( "stop_point_id" ), QStringLiteral( "name" ), QStringLiteral( "council_code" ), QStringLiteral( "operators" ), QStringLiteral( "seed_service_ids" ), QStringLiteral( "in_northern_alliance" ) }, 98, QStringLiteral( "Scottish ferry terminals with NaPTAN stop codes" ), FERRY_PUBLISHER, FERRY_LICENCE, FERRY_ATTRIBUTION },
      { QStringLiteral( "ferry_departures" ), QStringLiteral( "ferry_departures.csv" ), QString(), { QStringLiteral( "source" ), QStringLiteral( "service_code" ), QStringLiteral( "operator" ), QStringLiteral( "from_stop" ), QStringLiteral( "to_stop" ), QStringLiteral( "departure" ), QStringLiteral( "run_minutes" ), QStringLiteral( "mon" ), QStringLiteral( "tue" ), QStringLiteral( "wed" ), QStringLiteral( "thu" ), QStringLiteral( "fri" ), QStringLiteral( "sat" ), QStringLiteral( "sun" ), QStringLiteral( "in_northern_alliance" ) }, 2261, QStringLiteral( "Timetabled ferry sailings (TransXChange 2016, 2019 and 2026), one row per leg" ), FERRY_PUBLISHER, FERRY_LICENCE, FERRY_ATTRIBUTION },
      { QStringLiteral( "island_names" ), QStringLiteral( "island_names.csv" ), QString(), { QStringLiteral( "island_name" ), QStringLiteral( "easting" ), QStringLiteral( "northing" ) }, 25, QStringLiteral( "Names of the inhabited islands, each with a point on it (compiled for PlaceGap)" ), QStringLiteral( "PlaceGap" ), QStringLiteral( "CC0 1.0" ), QStringLiteral( "Island names: PlaceGap, CC0 1.0." ) },
      { QStringLiteral( "land" ), QStringLiteral( "gshhg_f_land_na_bbox.gpkg" ), QString(), {}, 1851, QStringLiteral( "GSHHG full-resolution land polygons around the Northern Alliance" ), QStringLiteral( "P. Wessel and W. H. F. Smith (GSHHG 2.3.7)" ), QStringLiteral( "GNU LGPL v3 or later" ), QStringLiteral( "GSHHG - Global Self-consistent, Hierarchical, High-resolution Geography Database, Wessel & Smith (1996, updated), version 2.3.7, LGPL-3.0+." ) },
  };
  return sources;
}

const PlaceGapSampleSource &PlaceGapSampleSource::byKey( const QString &key )
{
  for ( const PlaceGapSampleSource &source : all() )
  {
    if ( source.key == key )
      return source;
  }
  Q_ASSERT_X( false, "PlaceGapSampleSource::byKey", "unknown source key" );
  return all().first();
}
