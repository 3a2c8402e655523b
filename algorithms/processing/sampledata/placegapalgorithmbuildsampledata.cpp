/***************************************************************************
  placegapalgorithmbuildsampledata.cpp - placegap:buildsampledata
 ***************************************************************************/
#include "placegapalgorithmbuildsampledata.h"

#include "placegaptr.h"
#include "publishedcell.h"

#include "placegapalgorithmdegreeofurbanisation.h"
#include "placegapcompat.h"
#include "placegaperrortext.h"
#include "placegapinstalleddata.h"
#include "placegapsampleislands.h"
#include "placegapsamplesources.h"
#include "placegapsourcechecksums.h"
#include "placegapstagedfile.h"
#include "quantiles.h"

#include "qgsapplication.h"
#include "qgscoordinatetransform.h"
#include "qgsgeometryengine.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingmodelalgorithm.h"
#include "qgsprocessingregistry.h"
#include "qgsprocessingutils.h"
#include "qgsvectordataprovider.h"
#include "qgsvectorfilewriter.h"
#include "qgsvectorlayer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QIcon>

#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>

const QString PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS = QStringLiteral( "council_areas" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES = QStringLiteral( "intermediate_zones" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES = QStringLiteral( "data_zones" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS = QStringLiteral( "schools" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_HOSPITALS = QStringLiteral( "hospitals" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_LAND = QStringLiteral( "land" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_SOURCES = QStringLiteral( "sources" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_ISLANDS = QStringLiteral( "islands" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_TERMINALS = QStringLiteral( "ferry_terminals" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_SAILINGS = QStringLiteral( "ferry_sailings" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_BIVARIATE = QStringLiteral( "primary_schools_bivariate" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP = QStringLiteral( "primary_reading_by_quintile" );
const QString PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP_SUMMARY = QStringLiteral( "primary_reading_gap" );
const QString PlaceGapBuildSampleDataAlgorithm::ATTAINMENT_MODEL = QStringLiteral( "sample-projects/models/primary_attainment_by_deprivation.model3" );

const QStringList PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS {
    QStringLiteral( "S12000013" ), // Na h-Eileanan Siar
    QStringLiteral( "S12000017" ), // Highland
    QStringLiteral( "S12000020" ), // Moray
    QStringLiteral( "S12000023" ), // Orkney Islands
    QStringLiteral( "S12000027" ), // Shetland Islands
    QStringLiteral( "S12000033" ), // Aberdeen City
    QStringLiteral( "S12000034" ), // Aberdeenshire
    QStringLiteral( "S12000035" ), // Argyll and Bute
};

namespace
{
  const QString SOURCE_FOLDER = QStringLiteral( "SOURCE_FOLDER" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString DATA_ZONE_COUNT = QStringLiteral( "DATA_ZONE_COUNT" );
  const QString SCHOOL_COUNT = QStringLiteral( "SCHOOL_COUNT" );
  constexpr int SIMD_ZONES = 6976;

  //! Official SGUR 2016 eight-fold class names, by code.
  const QStringList UR8_NAMES {
      QStringLiteral( "Large Urban Areas" ), QStringLiteral( "Other Urban Areas" ), QStringLiteral( "Accessible Small Towns" ),
      QStringLiteral( "Remote Small Towns" ), QStringLiteral( "Very Remote Small Towns" ), QStringLiteral( "Accessible Rural Areas" ),
      QStringLiteral( "Remote Rural Areas" ), QStringLiteral( "Very Remote Rural Areas" ) };

  //! ACEL organisers and the field suffix each gets.
  const QList<QPair<QString, QString>> ACEL_ORGANISERS {
      { QStringLiteral( "Listening and Talking" ), QStringLiteral( "listening" ) },
      { QStringLiteral( "Reading" ), QStringLiteral( "reading" ) },
      { QStringLiteral( "Writing" ), QStringLiteral( "writing" ) },
      { QStringLiteral( "Numeracy" ), QStringLiteral( "numeracy" ) },
  };

  struct DataZone
  {
      QString code, name, izCode, izName, councilCode, councilName;
      std::optional<double> population, workingAge, rank;
      QVector<QVariant> domainRanks, accessTimes;
      QVariant incomeCount, incomeRate; // income-deprived people and their % of the population
      QVector<QVariant> urbanRural;     // UR2, UR3, UR6, UR8
      int simdQuintile = 0, simdDecile = 0, councilQuintile = 0, councilDecile = 0;
      QgsGeometry geometry;
      PlaceGapSampleIslands::Placement island;
      QVariant degurba, degurbaLabel;
  };

  //! A number from a published cell: numbers, "12", "8%" (as 8), or nothing for "*", "c", "[c]", "".
  std::optional<double> publishedNumber( const QVariant &value )
  {
    if ( placegap::compat::isNull( value ) )
      return std::nullopt;
    QString text = value.toString().trimmed();
    if ( text.endsWith( '%' ) )
      text.chop( 1 );
    bool ok = false;
    const double number = text.toDouble( &ok );
    if ( !ok || !std::isfinite( number ) )
      return std::nullopt;
    return number;
  }

  QVariant asVariant( const std::optional<double> &value )
  {
    return value ? QVariant( *value ) : QVariant();
  }

  //! Reads the published source files from one folder, refusing what is missing or malformed.
  class SourceReader
  {
    public:
      SourceReader( const QString &folder, QgsProcessingFeedback *feedback )
          : mFolder( folder ), mFeedback( feedback )
      {
        if ( !QFileInfo( folder ).isDir() )
          throw QgsProcessingException( PlaceGap::tr( "The source folder '%1' does not exist." ).arg( folder ) );
        // Index every file under the folder by name, so the publishers' files can sit in any layout.
        QDirIterator it( folder, QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks );
        while ( it.hasNext() )
        {
          const QString path = it.next();
          mFiles.insert( QFileInfo( path ).fileName(), path );
        }
        QStringList missing;
        for ( const PlaceGapSampleSource &source : PlaceGapSampleSource::all() )
        {
          if ( !mFiles.contains( source.fileName ) )
            missing << QStringLiteral( "%1 (%2, %3)" ).arg( source.fileName, source.description, source.publisher );
        }
        if ( !missing.isEmpty() )
          throw QgsProcessingException( PlaceGap::tr( "Source files missing under '%1': %2. sample-projects/DATA.md says where each is published." ).arg( folder, missing.join( QLatin1String( "; " ) ) ) );

        // The shipped sources carry a SHA-256 manifest: refuse a truncated or altered file before reading any.
        PlaceGapSourceChecksums checksums;
        if ( checksums.read( folder ) )
        {
          QMap<QString, QString> used;
          for ( const PlaceGapSampleSource &source : PlaceGapSampleSource::all() )
            used.insert( source.fileName, mFiles.value( source.fileName ) );
          checksums.verify( used );
          if ( mFeedback )
            mFeedback->pushInfo( PlaceGap::tr( "%n source file(s) match their SHA-256 in %1.", nullptr, used.size() ).arg( PlaceGapSourceChecksums::manifestName() ) );
        }
      }

      //! Opens a source as a layer and checks its fields and row count.
      std::unique_ptr<QgsVectorLayer> open( const QString &key ) const
      {
        const PlaceGapSampleSource &source = PlaceGapSampleSource::byKey( key );
        const QString path = mFiles.value( source.fileName );
        QString uri = path;
        if ( !source.layerName.isEmpty() )
          uri += QStringLiteral( "|layername=" ) + source.layerName;
        QgsVectorLayer::LayerOptions options;
        options.loadDefaultStyle = false;
        auto layer = std::make_unique<QgsVectorLayer>( uri, source.key, QStringLiteral( "ogr" ), options );
        if ( !layer->isValid() )
          throw QgsProcessingException( PlaceGap::tr( "Source file '%1' cannot be read%2: %3" ).arg( path, source.layerName.isEmpty() ? QString() : PlaceGap::tr( " (sheet or layer '%1')" ).arg( source.layerName ), placegap::errorText( layer->error(), PlaceGap::tr( "GDAL cannot open it as a table (empty, truncated or not in its format)" ) ) ) );
        QStringList missingFields;
        for ( const QString &field : source.fields )
        {
          if ( layer->fields().lookupField( field ) < 0 )
            missingFields << field;
        }
        if ( !missingFields.isEmpty() )
          throw QgsProcessingException( PlaceGap::tr( "Source file '%1' lacks the column(s) %2; is it the %3 file?" ).arg( path, missingFields.join( QLatin1String( ", " ) ), source.description ) );
        if ( source.expectedRows > 0 && layer->featureCount() != source.expectedRows )
          throw QgsProcessingException( PlaceGap::tr( "Source file '%1' has %2 rows; the %3 has %4." ).arg( path ).arg( layer->featureCount() ).arg( source.description ).arg( source.expectedRows ) );
        if ( mFeedback )
          mFeedback->pushInfo( PlaceGap::tr( "Read %1 (%n row(s)).", nullptr, static_cast<int>( layer->featureCount() ) ).arg( QFileInfo( path ).fileName() ) );
        return layer;
      }

      QString path( const QString &key ) const { return mFiles.value( PlaceGapSampleSource::byKey( key ).fileName ); }

    private:
      QString mFolder;
      QgsProcessingFeedback *mFeedback = nullptr;
      QMap<QString, QString> mFiles;
  };

  //! Writes one layer of the GeoPackage; the first call creates the file.
  class GeoPackageWriter
  {
    public:
      GeoPackageWriter( const QString &path, QgsProcessingContext &context )
          : mPath( path ), mContext( context )
      {
      }

      void write( const QString &layerName, const QgsFields &fields, placegap::compat::WkbType type, const QgsFeatureList &features, const QString &description )
      {
        QgsVectorFileWriter::SaveVectorOptions options;
        options.driverName = QStringLiteral( "GPKG" );
        options.layerName = layerName;
        options.fileEncoding = QStringLiteral( "UTF-8" );
        options.actionOnExistingFile = mCreated ? QgsVectorFileWriter::CreateOrOverwriteLayer : QgsVectorFileWriter::CreateOrOverwriteFile;
        options.layerOptions << QStringLiteral( "DESCRIPTION=%1" ).arg( description );
        const QgsCoordinateReferenceSystem crs = type == placegap::compat::WKB_NO_GEOMETRY ? QgsCoordinateReferenceSystem() : QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:27700" ) );
        std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create( mPath, fields, type, crs, mContext.transformContext(), options ) );
        if ( !writer || writer->hasError() != QgsVectorFileWriter::NoError )
          throw QgsProcessingException( PlaceGap::tr( "Cannot write layer '%1' to '%2': %3" ).arg( layerName, mPath, writer ? writer->errorMessage() : QString() ) );
        mCreated = true;
        QgsFeatureList copy = features;
        if ( !writer->addFeatures( copy, QgsFeatureSink::FastInsert ) )
          throw QgsProcessingException( PlaceGap::tr( "Cannot write the features of layer '%1' to '%2': %3" ).arg( layerName, mPath, writer->errorMessage() ) );
      }

    private:
      QString mPath;
      QgsProcessingContext &mContext;
      bool mCreated = false;
  };

  QgsFields makeFields( const QList<QPair<QString, QVariant::Type>> &definitions )
  {
    QgsFields fields;
    for ( const auto &definition : definitions )
    {
      switch ( definition.second )
      {
      case QVariant::Int:
        fields.append( placegap::compat::intField( definition.first ) );
        break;
      case QVariant::Double:
        fields.append( placegap::compat::doubleField( definition.first, 0, 0 ) );
        break;
      default:
        fields.append( placegap::compat::stringField( definition.first ) );
      }
    }
    return fields;
  }
  /**
   * The ferry terminals of the Northern Alliance and the sailings that touch it, with the
   * published field names (the network algorithms' timetable defaults) and values as published:
   * the algorithms, not the builder, warn about the rows they cannot use.
   */
  /**
   * The islands' own names (island_names.csv: a name and a point on the island), by island id:
   * GSHHG's polygons have none. A point on no island of ids is warned about; two names on one
   * island are joined with " and ".
   */
  std::map<int, QString> islandNames( const SourceReader &reader, const PlaceGapSampleIslands &islands, const std::vector<int> &ids, QgsProcessingFeedback *feedback )
  {
    std::map<int, QStringList> found;
    const std::unique_ptr<QgsVectorLayer> names = reader.open( QStringLiteral( "island_names" ) );
    QgsFeatureIterator it = names->getFeatures();
    QgsFeature row;
    while ( it.nextFeature( row ) )
    {
      const QString name = row.attribute( QStringLiteral( "island_name" ) ).toString().trimmed();
      bool eastingOk = false, northingOk = false;
      const QgsPointXY point( row.attribute( QStringLiteral( "easting" ) ).toDouble( &eastingOk ), row.attribute( QStringLiteral( "northing" ) ).toDouble( &northingOk ) );
      if ( name.isEmpty() || !eastingOk || !northingOk )
        throw QgsProcessingException( PlaceGap::tr( "island_names.csv, row %1: island_name, easting and northing must be a name and two numbers (found '%2', '%3', '%4')." ).arg( row.id() ).arg( name, row.attribute( QStringLiteral( "easting" ) ).toString(), row.attribute( QStringLiteral( "northing" ) ).toString() ) );
      const int island = islands.islandAt( QgsGeometry::fromPointXY( point ) );
      if ( std::find( ids.begin(), ids.end(), island ) == ids.end() )
      {
        if ( feedback )
          feedback->pushWarning( PlaceGap::tr( "island_names.csv: '%1' (%2, %3) lies on no island with people; the name is not used." ).arg( name ).arg( point.x() ).arg( point.y() ) );
        continue;
      }
      found[island] << name;
    }
    std::map<int, QString> result;
    for ( const auto &[id, list] : found )
      result[id] = list.join( QLatin1String( " and " ) );
    return result;
  }

  void writeFerries( const SourceReader &reader, GeoPackageWriter &writer, const QString &terminalsDescription, const QString &sailingsDescription, const QgsCoordinateReferenceSystem &bng, QgsProcessingContext &context )
  {
    const auto inNorthernAlliance = []( const QgsFeature &f )
    { return f.attribute( QStringLiteral( "in_northern_alliance" ) ).toString().trimmed() == QLatin1String( "1" ); };
    {
      const std::unique_ptr<QgsVectorLayer> terminals = reader.open( QStringLiteral( "ferry_terminals" ) );
      const QgsCoordinateTransform transform( terminals->crs(), bng, context.transformContext() );
      const QgsFields fields = makeFields( { { QStringLiteral( "stop_point_id" ), QVariant::String }, { QStringLiteral( "name" ), QVariant::String }, { QStringLiteral( "council_code" ), QVariant::String }, { QStringLiteral( "operators" ), QVariant::String }, { QStringLiteral( "services" ), QVariant::String } } );
      QgsFeatureList features;
      QgsFeature f;
      QgsFeatureIterator it = terminals->getFeatures();
      while ( it.nextFeature( f ) )
      {
        if ( !inNorthernAlliance( f ) )
          continue;
        QgsGeometry point = f.geometry();
        point.transform( transform );
        QgsFeature out( fields );
        const QVariant code = f.attribute( QStringLiteral( "stop_point_id" ) );
        out.setAttributes( QgsAttributes() << ( code.toString().trimmed().isEmpty() ? QVariant() : code ) << f.attribute( QStringLiteral( "name" ) ) << f.attribute( QStringLiteral( "council_code" ) ) << f.attribute( QStringLiteral( "operators" ) ) << f.attribute( QStringLiteral( "seed_service_ids" ) ) );
        out.setGeometry( point );
        features << out;
      }
      writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_TERMINALS, fields, placegap::compat::WKB_POINT, features, terminalsDescription );
    }
    {
      const PlaceGapSampleSource &source = PlaceGapSampleSource::byKey( QStringLiteral( "ferry_departures" ) );
      const std::unique_ptr<QgsVectorLayer> departures = reader.open( source.key );
      QList<QPair<QString, QVariant::Type>> definitions;
      for ( const QString &name : source.fields )
      {
        if ( name != QLatin1String( "in_northern_alliance" ) )
          definitions << qMakePair( name, QVariant::String );
      }
      const QgsFields fields = makeFields( definitions );
      QgsFeatureList features;
      QgsFeature f;
      QgsFeatureIterator it = departures->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
      while ( it.nextFeature( f ) )
      {
        if ( !inNorthernAlliance( f ) )
          continue;
        QgsAttributes values;
        for ( const QgsField &field : fields )
          values << f.attribute( field.name() );
        QgsFeature out( fields );
        out.setAttributes( values );
        features << out;
      }
      writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_FERRY_SAILINGS, fields, placegap::compat::WKB_NO_GEOMETRY, features, sailingsDescription );
    }
  }

  //! Geometry in EPSG:27700, repaired when invalid; reports the repair against the feature code.
  QgsGeometry preparedGeometry( const QgsGeometry &source, const QgsCoordinateTransform &transform, const QString &what, const QString &code, QStringList &repaired, QgsProcessingFeedback *feedback )
  {
    QgsGeometry geometry = source;
    if ( geometry.isNull() || geometry.isEmpty() )
      throw QgsProcessingException( PlaceGap::tr( "%1 %2 has no geometry." ).arg( what, code ) );
    if ( transform.isValid() && !transform.isShortCircuited() )
    {
      try
      {
        geometry.transform( transform );
      }
      catch ( QgsCsException & )
      {
        throw QgsProcessingException( PlaceGap::tr( "%1 %2 cannot be reprojected to EPSG:27700." ).arg( what, code ) );
      }
    }
    if ( !geometry.isGeosValid() )
    {
      geometry = geometry.makeValid();
      // makeValid can return a collection holding lines or points beside the polygon parts.
      if ( geometry.type() != placegap::compat::GEOMETRY_POLYGON )
        geometry = geometry.convertToType( placegap::compat::GEOMETRY_POLYGON, true );
      if ( geometry.isNull() || !geometry.isGeosValid() )
        throw QgsProcessingException( PlaceGap::tr( "%1 %2 has an invalid geometry that could not be repaired." ).arg( what, code ) );
      repaired << code;
      if ( feedback )
        feedback->pushWarning( PlaceGap::tr( "%1 %2: invalid geometry repaired." ).arg( what, code ) );
    }
    geometry.convertToMultiType();
    return geometry;
  }
  //! The attributions of the given sources, each once: a layer's description.
  QString describeSources( const QStringList &keys )
  {
    QStringList texts;
    for ( const QString &key : keys )
    {
      const QString attribution = PlaceGapSampleSource::byKey( key ).attribution;
      if ( !texts.contains( attribution ) )
        texts << attribution;
    }
    return texts.join( ' ' );
  }

  //! What the school tables say of each school, keyed SeedCode|School Type or SeedCode|stage|organiser.
  struct SchoolTables
  {
      QMap<QString, QVariantList> pupilsBySimd; //!< SeedCode|School Type -> pupils in quintiles 1..5
      QMap<QString, QVariantList> cohorts;      //!< SeedCode|School Type -> pupils in P1 + P4 + P7, in S3
      QMap<QString, QVariant> acelValues;
      QMap<QString, QStringList> acelNotes;
      QMap<QString, placegap::PublishedCell> acelCells; //!< every published cell as an interval
  };

  //! A school's pupils by SIMD quintile, ACEL figures and notes, cohorts and ACEL intervals, in the schools layer's field order.
  void appendSchoolFigures( QgsAttributes &values, const QString &seedAndType, const QString &seed, const SchoolTables &tables )
  {
    const QVariantList pupils = tables.pupilsBySimd.value( seedAndType, QVariantList { QVariant(), QVariant(), QVariant(), QVariant(), QVariant() } );
    double known = 0;
    bool complete = true;
    for ( const QVariant &count : pupils )
    {
      values << count;
      complete = complete && !count.isNull();
      known += count.toDouble();
    }
    values << ( complete && known > 0 ? QVariant( 100.0 * pupils.first().toDouble() / known ) : QVariant() );
    for ( const QString &stage : { QStringLiteral( "p" ), QStringLiteral( "s3" ) } )
    {
      for ( const auto &organiser : ACEL_ORGANISERS )
        values << tables.acelValues.value( seed + '|' + stage + '|' + organiser.second );
      const QStringList notes = tables.acelNotes.value( seed + '|' + stage );
      values << ( notes.isEmpty() ? QVariant() : QVariant( notes.join( QLatin1String( "; " ) ) ) );
    }
    const QVariantList cohort = tables.cohorts.value( seedAndType, QVariantList { QVariant(), QVariant() } );
    values << cohort.at( 0 ) << cohort.at( 1 );
    for ( const QString &stage : { QStringLiteral( "p" ), QStringLiteral( "s3" ) } )
    {
      for ( const auto &organiser : ACEL_ORGANISERS )
      {
        const auto cell = tables.acelCells.constFind( seed + '|' + stage + '|' + organiser.second );
        if ( cell == tables.acelCells.constEnd() )
        {
          values << QVariant() << QVariant() << QVariant();
          continue;
        }
        values << ( cell->isUsable() ? QVariant( cell->lower ) : QVariant() ) << ( cell->isUsable() ? QVariant( cell->upper ) : QVariant() ) << QString::fromLatin1( placegap::cellStatusName( cell->status ) );
      }
    }
  }

  //! One build of the sample data: what the steps share, and each step as a function.
  struct SampleBuild
  {
      SampleBuild( const SourceReader &reader, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
          : reader( reader ), context( context ), feedback( feedback ), councils( PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS.begin(), PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS.end() )
      {
      }

      //! Reports the next of the build's steps, or stops when the user cancelled.
      void nextStep( const QString &text )
      {
        if ( feedback->isCanceled() )
          throw QgsProcessingException( PlaceGap::tr( "Cancelled." ) );
        feedback->setProgress( 100.0 * step++ / STEPS );
        feedback->pushInfo( text );
      }

      void readZoneTables();
      void joinByZone( const QString &key, const QString &codeField, const std::function<void( DataZone &, const QgsFeature & )> &fill );
      void classZones();
      void readZoneBoundaries();
      void placeZonesOnIslands();
      void classifyDegreeOfUrbanisation();
      void writeZones( GeoPackageWriter &writer ) const;
      void writeIntermediateZones( GeoPackageWriter &writer );
      void writeCouncils( GeoPackageWriter &writer );
      SchoolTables readSchoolTables() const;
      int writeSchools( GeoPackageWriter &writer );
      void writeHospitals( GeoPackageWriter &writer ) const;
      void writeLand( GeoPackageWriter &writer ) const;
      int writeIslands( GeoPackageWriter &writer ) const;
      void runPrimaryModel( const QString &output );

      static constexpr int STEPS = 15;
      const SourceReader &reader;
      QgsProcessingContext &context;
      QgsProcessingFeedback *feedback = nullptr;
      const QSet<QString> councils;
      const QgsCoordinateReferenceSystem bng { QStringLiteral( "EPSG:27700" ) };
      int step = 0;
      std::map<QString, DataZone> zones;
      std::map<QString, std::vector<DataZone *>> byCouncil;
      QStringList repaired; //!< what each geometry repaired was, for the summary
      std::vector<PlaceGapSampleIslands::Land> land;
      std::unique_ptr<PlaceGapSampleIslands> islands;
      QMap<QString, QgsGeometry> councilGeometries;
      QMap<int, int> schoolsOnIsland;
  };

  // 1. The data zone look-up: every zone, its intermediate zone and council; then the tables keyed by zone.
  void SampleBuild::readZoneTables()
  {
    {
      const std::unique_ptr<QgsVectorLayer> lookup = reader.open( QStringLiteral( "zone_lookup" ) );
      QgsFeature f;
      QgsFeatureIterator it = lookup->getFeatures();
      while ( it.nextFeature( f ) )
      {
        DataZone zone;
        zone.code = f.attribute( QStringLiteral( "dz11_code" ) ).toString();
        if ( zones.count( zone.code ) )
          throw QgsProcessingException( PlaceGap::tr( "Data zone %1 appears twice in '%2'." ).arg( zone.code, reader.path( QStringLiteral( "zone_lookup" ) ) ) );
        zone.name = f.attribute( QStringLiteral( "dz11_name" ) ).toString();
        zone.izCode = f.attribute( QStringLiteral( "iz11_code" ) ).toString();
        zone.izName = f.attribute( QStringLiteral( "iz11_name" ) ).toString();
        zone.councilCode = f.attribute( QStringLiteral( "ltla20_code" ) ).toString();
        zone.councilName = f.attribute( QStringLiteral( "ltla20_name" ) ).toString();
        zones[zone.code] = zone;
      }
    }
    const QStringList domainFields { QStringLiteral( "SIMD2020v2_Income_Domain_Rank" ), QStringLiteral( "SIMD2020_Employment_Domain_Rank" ), QStringLiteral( "SIMD2020_Health_Domain_Rank" ),
                                     QStringLiteral( "SIMD2020_Education_Domain_Rank" ), QStringLiteral( "SIMD2020_Access_Domain_Rank" ), QStringLiteral( "SIMD2020_Crime_Domain_Rank" ),
                                     QStringLiteral( "SIMD2020_Housing_Domain_Rank" ) };
    joinByZone( QStringLiteral( "simd_ranks" ), QStringLiteral( "Data_Zone" ), [&]( DataZone &zone, const QgsFeature &f )
                {
    zone.population = publishedNumber( f.attribute( QStringLiteral( "Total_population" ) ) );
    zone.workingAge = publishedNumber( f.attribute( QStringLiteral( "Working_age_population" ) ) );
    zone.rank = publishedNumber( f.attribute( QStringLiteral( "SIMD2020v2_Rank" ) ) );
    if ( !zone.rank || !placegap::classFromRank( *zone.rank, SIMD_ZONES, 5 ) )
      throw QgsProcessingException( PlaceGap::tr( "Data zone %1: SIMD2020v2_Rank '%2' in '%3' is not a rank from 1 to %4." ).arg( zone.code, f.attribute( QStringLiteral( "SIMD2020v2_Rank" ) ).toString(), reader.path( QStringLiteral( "simd_ranks" ) ) ).arg( SIMD_ZONES ) );
    if ( !zone.population || *zone.population < 0 )
      throw QgsProcessingException( PlaceGap::tr( "Data zone %1: Total_population '%2' in '%3' is not a population." ).arg( zone.code, f.attribute( QStringLiteral( "Total_population" ) ).toString(), reader.path( QStringLiteral( "simd_ranks" ) ) ) );
    for ( const QString &field : domainFields )
      zone.domainRanks << asVariant( publishedNumber( f.attribute( field ) ) ); } );

    const QStringList accessFields { QStringLiteral( "drive_GP" ), QStringLiteral( "drive_post" ), QStringLiteral( "drive_primary" ), QStringLiteral( "drive_secondary" ),
                                     QStringLiteral( "drive_retail" ), QStringLiteral( "drive_petrol" ), QStringLiteral( "PT_GP" ), QStringLiteral( "PT_post" ), QStringLiteral( "PT_retail" ) };
    joinByZone( QStringLiteral( "simd_indicators" ), QStringLiteral( "Data_Zone" ), [&]( DataZone &zone, const QgsFeature &f )
                {
    for ( const QString &field : accessFields )
      zone.accessTimes << asVariant( publishedNumber( f.attribute( field ) ) );
    zone.incomeCount = asVariant( publishedNumber( f.attribute( QStringLiteral( "Income_count" ) ) ) );
    const std::optional<double> rate = publishedNumber( f.attribute( QStringLiteral( "Income_rate" ) ) );
    zone.incomeRate = rate ? QVariant( 100.0 * *rate ) : QVariant(); } );

    joinByZone( QStringLiteral( "urban_rural" ), QStringLiteral( "DZ_CODE" ), [&]( DataZone &zone, const QgsFeature &f )
                {
    for ( const QString &field : { QStringLiteral( "UR2FOLD" ), QStringLiteral( "UR3FOLD" ), QStringLiteral( "UR6FOLD" ), QStringLiteral( "UR8FOLD" ) } )
    {
      const std::optional<double> cls = publishedNumber( f.attribute( field ) );
      zone.urbanRural << ( cls ? QVariant( static_cast<int>( *cls ) ) : QVariant() );
    } } );
  }

  // Each table keyed by data zone must hold exactly the look-up's codes.
  void SampleBuild::joinByZone( const QString &key, const QString &codeField, const std::function<void( DataZone &, const QgsFeature & )> &fill )
  {
    const std::unique_ptr<QgsVectorLayer> table = reader.open( key );
    QSet<QString> seen;
    QStringList unknown;
    QgsFeature f;
    QgsFeatureIterator it = table->getFeatures();
    while ( it.nextFeature( f ) )
    {
      const QString code = f.attribute( codeField ).toString();
      auto zone = zones.find( code );
      if ( zone == zones.end() )
      {
        unknown << code;
        continue;
      }
      if ( seen.contains( code ) )
        throw QgsProcessingException( PlaceGap::tr( "Data zone %1 appears twice in '%2'." ).arg( code, reader.path( key ) ) );
      seen.insert( code );
      fill( zone->second, f );
    }
    if ( !unknown.isEmpty() || seen.size() != static_cast<int>( zones.size() ) )
    {
      unknown.sort();
      throw QgsProcessingException( PlaceGap::tr( "The data zone codes of '%1' do not join the look-up '%2': %3 code(s) unknown to the look-up (%4), %5 of its zones missing." )
                                        .arg( reader.path( key ), reader.path( QStringLiteral( "zone_lookup" ) ) )
                                        .arg( unknown.size() )
                                        .arg( unknown.mid( 0, 5 ).join( QLatin1String( ", " ) ) )
                                        .arg( static_cast<int>( zones.size() ) - seen.size() ) );
    }
  }

  // 2. Keep the Northern Alliance; classes nationally and within each council (PHS convention).
  void SampleBuild::classZones()
  {
    for ( auto it = zones.begin(); it != zones.end(); )
      it = councils.contains( it->second.councilCode ) ? std::next( it ) : zones.erase( it );
    for ( auto &[code, zone] : zones )
    {
      zone.simdQuintile = *placegap::classFromRank( *zone.rank, SIMD_ZONES, 5 );
      zone.simdDecile = *placegap::classFromRank( *zone.rank, SIMD_ZONES, 10 );
      byCouncil[zone.councilCode].push_back( &zone );
    }
    for ( const QString &council : PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS )
    {
      if ( !byCouncil.count( council ) )
        throw QgsProcessingException( PlaceGap::tr( "No data zone of council %1 in '%2'." ).arg( council, reader.path( QStringLiteral( "zone_lookup" ) ) ) );
    }
    for ( auto &[council, members] : byCouncil )
    {
      std::vector<placegap::RankedArea> areas;
      for ( const DataZone *zone : members )
        areas.push_back( { *zone->rank, *zone->population } );
      const std::vector<placegap::AreaQuantile> classes = placegap::groupQuantiles( areas, placegap::QuantileWeighting::Population );
      if ( classes.empty() )
        throw QgsProcessingException( PlaceGap::tr( "Council %1 has no population in '%2'." ).arg( council, reader.path( QStringLiteral( "simd_ranks" ) ) ) );
      for ( std::size_t i = 0; i < members.size(); ++i )
      {
        members[i]->councilQuintile = classes[i].quintile;
        members[i]->councilDecile = classes[i].decile;
      }
    }
  }

  // 3. Data zone boundaries.
  void SampleBuild::readZoneBoundaries()
  {
    const std::unique_ptr<QgsVectorLayer> boundaries = reader.open( QStringLiteral( "data_zones" ) );
    const QgsCoordinateTransform transform( boundaries->crs(), bng, context.transformContext() );
    QgsFeature f;
    QgsFeatureIterator it = boundaries->getFeatures();
    while ( it.nextFeature( f ) )
    {
      const QString code = f.attribute( QStringLiteral( "dz11_code" ) ).toString();
      auto zone = zones.find( code );
      if ( zone == zones.end() )
        continue;
      if ( !zone->second.geometry.isNull() )
        throw QgsProcessingException( PlaceGap::tr( "Data zone %1 appears twice in '%2'." ).arg( code, reader.path( QStringLiteral( "data_zones" ) ) ) );
      zone->second.geometry = preparedGeometry( f.geometry(), transform, PlaceGap::tr( "Data zone" ), code, repaired, feedback );
    }
    for ( const auto &[code, zone] : zones )
    {
      if ( zone.geometry.isNull() )
        throw QgsProcessingException( PlaceGap::tr( "Data zone %1 has no boundary in '%2'." ).arg( code, reader.path( QStringLiteral( "data_zones" ) ) ) );
    }
  }

  // 3b. Land polygons around the area, and which data zones lie on islands.
  void SampleBuild::placeZonesOnIslands()
  {
    {
      QgsRectangle extent;
      for ( const auto &[code, zone] : zones )
        extent.combineExtentWith( zone.geometry.boundingBox() );
      extent.grow( 10000 );
      const std::unique_ptr<QgsVectorLayer> layer = reader.open( QStringLiteral( "land" ) );
      const QgsCoordinateTransform transform( layer->crs(), bng, context.transformContext() );
      QgsFeature f;
      QgsFeatureIterator it = layer->getFeatures();
      int id = 0;
      while ( it.nextFeature( f ) )
      {
        ++id;
        QgsGeometry geometry = preparedGeometry( f.geometry(), transform, PlaceGap::tr( "Land polygon" ), QString::number( id ), repaired, nullptr );
        if ( geometry.boundingBox().intersects( extent ) )
          land.push_back( { id, geometry } );
      }
    }
    islands = std::make_unique<PlaceGapSampleIslands>( land );
    int zonesOnIslands = 0;
    for ( auto &[code, zone] : zones )
    {
      if ( feedback->isCanceled() )
        throw QgsProcessingException( PlaceGap::tr( "Cancelled." ) );
      zone.island = islands->place( zone.geometry );
      zonesOnIslands += zone.island.onIsland ? 1 : 0;
    }
    feedback->pushInfo( PlaceGap::tr( "%1 of %2 data zones lie mostly on islands." ).arg( zonesOnIslands ).arg( zones.size() ) );
  }

  // 3c. The Degree of Urbanisation of each zone, from its people spread on 1 km cells, as a user
  // would run placegap:populationgrid then placegap:degreeofurbanisation.
  void SampleBuild::classifyDegreeOfUrbanisation()
  {
    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "MultiPolygon?crs=EPSG:27700&field=dz_code:string&field=population:double" ), QStringLiteral( "zones" ), QStringLiteral( "memory" ) );
    QgsFeatureList features;
    for ( const auto &[code, zone] : zones )
    {
      QgsFeature f( layer->fields() );
      f.setAttributes( QgsAttributes() << zone.code << *zone.population );
      f.setGeometry( zone.geometry );
      features << f;
    }
    layer->dataProvider()->addFeatures( features );
    QgsProcessingContext childContext;
    childContext.setTransformContext( context.transformContext() );
    const QString zonesId = layer->id();
    childContext.temporaryLayerStore()->addMapLayer( layer.release() );
    QgsProcessingFeedback quiet;
    auto runChild = [&]( const QString &id, const QVariantMap &childParameters )
    {
      std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
      bool ok = false;
      const QVariantMap results = algorithm ? algorithm->run( childParameters, childContext, &quiet, &ok ) : QVariantMap();
      if ( !ok )
        throw QgsProcessingException( PlaceGap::tr( "%1 failed on the data zones: %2" ).arg( id, quiet.textLog().trimmed().section( '\n', -1 ) ) );
      return results;
    };
    const QString grid = QgsProcessingUtils::generateTempFilename( QStringLiteral( "population.tif" ) );
    runChild( QStringLiteral( "placegap:populationgrid" ), { { QStringLiteral( "INPUT" ), zonesId }, { QStringLiteral( "POPULATION_FIELD" ), QStringLiteral( "population" ) }, { QStringLiteral( "CELL_SIZE" ), 1000 }, { QStringLiteral( "OUTPUT" ), grid } } );
    const QVariantMap classes = runChild( QStringLiteral( "placegap:degreeofurbanisation" ), { { QStringLiteral( "INPUT" ), grid }, { QStringLiteral( "AREAS" ), zonesId }, { QStringLiteral( "OUTPUT_GRID" ), QgsProcessingUtils::generateTempFilename( QStringLiteral( "degurba.tif" ) ) }, { QStringLiteral( "OUTPUT" ), QgsProcessingUtils::generateTempFilename( QStringLiteral( "degurba.gpkg" ) ) } } );
    QgsVectorLayer classified( classes.value( QStringLiteral( "OUTPUT" ) ).toString(), QStringLiteral( "degurba" ), QStringLiteral( "ogr" ) );
    QgsFeature f;
    QgsFeatureIterator it = classified.getFeatures();
    while ( it.nextFeature( f ) )
    {
      auto zone = zones.find( f.attribute( QStringLiteral( "dz_code" ) ).toString() );
      if ( zone == zones.end() )
        continue;
      zone->second.degurba = f.attribute( PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS );
      zone->second.degurbaLabel = f.attribute( PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS_LABEL );
    }
  }

  // 5. Data zones.
  void SampleBuild::writeZones( GeoPackageWriter &writer ) const
  {
    QList<QPair<QString, QVariant::Type>> definitions {
        { QStringLiteral( "dz_code" ), QVariant::String }, { QStringLiteral( "dz_name" ), QVariant::String }, { QStringLiteral( "iz_code" ), QVariant::String }, { QStringLiteral( "iz_name" ), QVariant::String }, { QStringLiteral( "council_code" ), QVariant::String }, { QStringLiteral( "council_name" ), QVariant::String }, { QStringLiteral( "population" ), QVariant::Int }, { QStringLiteral( "working_age_population" ), QVariant::Int }, { QStringLiteral( "simd_rank" ), QVariant::Int }, { QStringLiteral( "simd_quintile" ), QVariant::Int }, { QStringLiteral( "simd_decile" ), QVariant::Int }, { QStringLiteral( "council_quintile" ), QVariant::Int }, { QStringLiteral( "council_decile" ), QVariant::Int } };
    for ( const char *domain : { "income", "employment", "health", "education", "access", "crime", "housing" } )
      definitions << qMakePair( QString( domain ) + QStringLiteral( "_rank" ), QVariant::Double );
    for ( const char *time : { "drive_gp", "drive_post", "drive_primary", "drive_secondary", "drive_retail", "drive_petrol", "pt_gp", "pt_post", "pt_retail" } )
      definitions << qMakePair( QString( time ), QVariant::Double );
    definitions << qMakePair( QStringLiteral( "ur2" ), QVariant::Int ) << qMakePair( QStringLiteral( "ur3" ), QVariant::Int ) << qMakePair( QStringLiteral( "ur6" ), QVariant::Int ) << qMakePair( QStringLiteral( "ur8" ), QVariant::Int ) << qMakePair( QStringLiteral( "ur8_name" ), QVariant::String );
    definitions << qMakePair( QStringLiteral( "island" ), QVariant::Int ) << qMakePair( QStringLiteral( "island_id" ), QVariant::Int ) << qMakePair( QStringLiteral( "island_share" ), QVariant::Double );
    definitions << qMakePair( PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS, QVariant::Int ) << qMakePair( PlaceGapDegreeOfUrbanisationAlgorithm::FIELD_CLASS_LABEL, QVariant::String );
    definitions << qMakePair( QStringLiteral( "income_count" ), QVariant::Int ) << qMakePair( QStringLiteral( "income_rate" ), QVariant::Double );
    const QgsFields fields = makeFields( definitions );
    QgsFeatureList features;
    for ( const auto &[code, zone] : zones )
    {
      QgsAttributes values;
      values << zone.code << zone.name << zone.izCode << zone.izName << zone.councilCode << zone.councilName << asVariant( zone.population ) << asVariant( zone.workingAge )
             << asVariant( zone.rank ) << zone.simdQuintile << zone.simdDecile << zone.councilQuintile << zone.councilDecile;
      for ( const QVariant &value : zone.domainRanks )
        values << value;
      for ( const QVariant &value : zone.accessTimes )
        values << value;
      for ( const QVariant &value : zone.urbanRural )
        values << value;
      const int ur8 = zone.urbanRural.value( 3 ).toInt();
      values << ( ur8 >= 1 && ur8 <= 8 ? QVariant( UR8_NAMES.at( ur8 - 1 ) ) : QVariant() );
      values << ( zone.island.onIsland ? 1 : 0 ) << ( zone.island.onIsland ? QVariant( zone.island.islandId ) : QVariant() ) << zone.island.islandShare;
      values << zone.degurba << zone.degurbaLabel << zone.incomeCount << zone.incomeRate;
      QgsFeature f( fields );
      f.setAttributes( values );
      f.setGeometry( zone.geometry );
      features << f;
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_DATA_ZONES, fields, placegap::compat::WKB_MULTIPOLYGON, features, describeSources( { "data_zones", "zone_lookup", "simd_ranks", "simd_indicators", "urban_rural", "land" } ) );
  }

  // 6. Intermediate zones: those holding a Northern Alliance data zone.
  void SampleBuild::writeIntermediateZones( GeoPackageWriter &writer )
  {
    struct Totals
    {
        QString name, councilCode, councilName;
        double population = 0;
        int zones = 0;
    };
    std::map<QString, Totals> totals;
    for ( const auto &[code, zone] : zones )
    {
      Totals &t = totals[zone.izCode];
      t.name = zone.izName;
      t.councilCode = zone.councilCode;
      t.councilName = zone.councilName;
      t.population += *zone.population;
      ++t.zones;
    }
    const std::unique_ptr<QgsVectorLayer> boundaries = reader.open( QStringLiteral( "intermediate_zones" ) );
    const QgsCoordinateTransform transform( boundaries->crs(), bng, context.transformContext() );
    const QgsFields fields = makeFields( { { QStringLiteral( "iz_code" ), QVariant::String }, { QStringLiteral( "iz_name" ), QVariant::String }, { QStringLiteral( "council_code" ), QVariant::String }, { QStringLiteral( "council_name" ), QVariant::String }, { QStringLiteral( "population" ), QVariant::Int }, { QStringLiteral( "data_zones" ), QVariant::Int } } );
    QMap<QString, QgsFeature> features;
    QgsFeature f;
    QgsFeatureIterator it = boundaries->getFeatures();
    while ( it.nextFeature( f ) )
    {
      const QString code = f.attribute( QStringLiteral( "iz11_code" ) ).toString();
      const auto t = totals.find( code );
      if ( t == totals.end() )
        continue;
      QgsFeature out( fields );
      out.setAttributes( QgsAttributes() << code << t->second.name << t->second.councilCode << t->second.councilName << t->second.population << t->second.zones );
      out.setGeometry( preparedGeometry( f.geometry(), transform, PlaceGap::tr( "Intermediate zone" ), code, repaired, feedback ) );
      features.insert( code, out );
    }
    for ( const auto &[code, t] : totals )
    {
      if ( !features.contains( code ) )
        throw QgsProcessingException( PlaceGap::tr( "Intermediate zone %1 has no boundary in '%2'." ).arg( code, reader.path( QStringLiteral( "intermediate_zones" ) ) ) );
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_INTERMEDIATE_ZONES, fields, placegap::compat::WKB_MULTIPOLYGON, features.values(), describeSources( { "intermediate_zones", "zone_lookup", "simd_ranks" } ) );
  }

  // 7. Council areas.
  void SampleBuild::writeCouncils( GeoPackageWriter &writer )
  {
    const std::unique_ptr<QgsVectorLayer> boundaries = reader.open( QStringLiteral( "council_areas" ) );
    const QgsCoordinateTransform transform( boundaries->crs(), bng, context.transformContext() );
    const QgsFields fields = makeFields( { { QStringLiteral( "council_code" ), QVariant::String }, { QStringLiteral( "council_name" ), QVariant::String }, { QStringLiteral( "population" ), QVariant::Int }, { QStringLiteral( "data_zones" ), QVariant::Int }, { QStringLiteral( "most_deprived_zones" ), QVariant::Int }, { QStringLiteral( "most_deprived_population_pct" ), QVariant::Double } } );
    QgsFeatureList features;
    QgsFeature f;
    QgsFeatureIterator it = boundaries->getFeatures();
    while ( it.nextFeature( f ) )
    {
      const QString code = f.attribute( QStringLiteral( "ltla24_code" ) ).toString();
      if ( !councils.contains( code ) )
        continue;
      double population = 0, deprivedPopulation = 0;
      int deprivedZones = 0;
      for ( const DataZone *zone : byCouncil[code] )
      {
        population += *zone->population;
        if ( zone->simdQuintile == 1 )
        {
          deprivedPopulation += *zone->population;
          ++deprivedZones;
        }
      }
      const QgsGeometry geometry = preparedGeometry( f.geometry(), transform, PlaceGap::tr( "Council area" ), code, repaired, feedback );
      councilGeometries.insert( code, geometry );
      QgsFeature out( fields );
      out.setAttributes( QgsAttributes() << code << f.attribute( QStringLiteral( "ltla24_name" ) ) << population << static_cast<int>( byCouncil[code].size() ) << deprivedZones << ( population > 0 ? 100.0 * deprivedPopulation / population : QVariant() ) );
      out.setGeometry( geometry );
      features << out;
    }
    if ( councilGeometries.size() != PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS.size() )
    {
      QStringList missing;
      for ( const QString &code : PlaceGapBuildSampleDataAlgorithm::NORTHERN_ALLIANCE_COUNCILS )
      {
        if ( !councilGeometries.contains( code ) )
          missing << code;
      }
      throw QgsProcessingException( PlaceGap::tr( "Council area(s) %1 missing from '%2'." ).arg( missing.join( QLatin1String( ", " ) ), reader.path( QStringLiteral( "council_areas" ) ) ) );
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_COUNCILS, fields, placegap::compat::WKB_MULTIPOLYGON, features, describeSources( { "council_areas", "simd_ranks" } ) );
  }

  // Pupils by SIMD quintile and cohorts per school, and ACEL attainment as published.
  SchoolTables SampleBuild::readSchoolTables() const
  {
    SchoolTables tables;
    {
      const std::unique_ptr<QgsVectorLayer> statistics = reader.open( QStringLiteral( "school_statistics" ) );
      const int typeIndex = statistics->fields().lookupField( QStringLiteral( "School Type" ) );
      QgsFeature f;
      QgsFeatureIterator it = statistics->getFeatures();
      while ( it.nextFeature( f ) )
      {
        QVariantList counts;
        for ( int q = 1; q <= 5; ++q )
          counts << asVariant( publishedNumber( f.attribute( QStringLiteral( "SIMD Quintile %1 [Note 6]" ).arg( q ) ) ) );
        const QString type = typeIndex >= 0 ? f.attribute( typeIndex ).toString() : QString();
        tables.pupilsBySimd.insert( f.attribute( QStringLiteral( "SeedCode" ) ).toString() + '|' + type, counts );
        // The stages ACEL reports; a suppressed stage count leaves the cohort unknown.
        std::optional<double> primary = 0.0;
        for ( const char *stage : { "P1", "P4", "P7" } )
        {
          const std::optional<double> count = publishedNumber( f.attribute( QString::fromLatin1( stage ) ) );
          primary = primary && count ? std::optional<double>( *primary + *count ) : std::nullopt;
        }
        const std::optional<double> s3 = publishedNumber( f.attribute( QStringLiteral( "S3" ) ) );
        tables.cohorts.insert( f.attribute( QStringLiteral( "SeedCode" ) ).toString() + '|' + type, QVariantList { primary && *primary > 0 ? QVariant( *primary ) : QVariant(), s3 && *s3 > 0 ? QVariant( *s3 ) : QVariant() } );
      }
    }
    // ACEL: per school, per stage ("p" for P1, P4 & P7 combined, "s3"), per organiser.
    {
      const std::unique_ptr<QgsVectorLayer> acel = reader.open( QStringLiteral( "acel" ) );
      QgsFeature f;
      QgsFeatureIterator it = acel->getFeatures();
      while ( it.nextFeature( f ) )
      {
        const QString stageText = f.attribute( QStringLiteral( "Stage" ) ).toString();
        const QString stage = stageText == QLatin1String( "S3" ) ? QStringLiteral( "s3" ) : QStringLiteral( "p" );
        const QString seed = f.attribute( QStringLiteral( "Seed Code" ) ).toString();
        const QString organiser = f.attribute( QStringLiteral( "Organiser" ) ).toString();
        const QVariant raw = f.attribute( QStringLiteral( "Percentage Achieved expected level [note 1]" ) );
        for ( const auto &known : ACEL_ORGANISERS )
        {
          if ( known.first != organiser )
            continue;
          const QString text = raw.toString().trimmed();
          const QString key = seed + '|' + stage + '|' + known.second;
          const placegap::PublishedCell cell = placegap::parsePublishedCell( text.toStdString() );
          if ( cell.status == placegap::CellStatus::Unreadable )
            feedback->pushWarning( PlaceGap::tr( "School %1 (%2), %3 %4: '%5' in '%6' is neither a number, '[c]', a band nor '-'; it is kept as unreadable." ).arg( seed, f.attribute( QStringLiteral( "School Name" ) ).toString(), stageText, organiser, text, reader.path( QStringLiteral( "acel" ) ) ) );
          tables.acelCells.insert( key, cell );
          if ( cell.status == placegap::CellStatus::Value )
            tables.acelValues.insert( key, cell.lower );
          else
            tables.acelNotes[seed + '|' + stage] << QStringLiteral( "%1: %2" ).arg( organiser, text );
        }
      }
    }
    return tables;
  }

  // 8. Schools, with their data zone's SIMD, pupils by SIMD quintile and ACEL attainment.
  int SampleBuild::writeSchools( GeoPackageWriter &writer )
  {
    const SchoolTables tables = readSchoolTables();
    const std::unique_ptr<QgsVectorLayer> roll = reader.open( QStringLiteral( "school_roll" ) );
    QList<QPair<QString, QVariant::Type>> definitions {
        { QStringLiteral( "seed_code" ), QVariant::String }, { QStringLiteral( "school_type" ), QVariant::String }, { QStringLiteral( "school_name" ), QVariant::String }, { QStringLiteral( "council_code" ), QVariant::String }, { QStringLiteral( "council_name" ), QVariant::String }, { QStringLiteral( "dz_code" ), QVariant::String }, { QStringLiteral( "pupil_roll" ), QVariant::Int }, { QStringLiteral( "fte_teachers" ), QVariant::Double }, { QStringLiteral( "ur8" ), QVariant::Int }, { QStringLiteral( "dz_simd_rank" ), QVariant::Int }, { QStringLiteral( "dz_simd_quintile" ), QVariant::Int }, { QStringLiteral( "island" ), QVariant::Int }, { QStringLiteral( "island_id" ), QVariant::Int } };
    for ( int q = 1; q <= 5; ++q )
      definitions << qMakePair( QStringLiteral( "pupils_simd_q%1" ).arg( q ), QVariant::Int );
    definitions << qMakePair( QStringLiteral( "pupils_simd_q1_pct" ), QVariant::Double );
    for ( const QString &stage : { QStringLiteral( "p" ), QStringLiteral( "s3" ) } )
    {
      for ( const auto &organiser : ACEL_ORGANISERS )
        definitions << qMakePair( QStringLiteral( "acel_%1_%2" ).arg( stage, organiser.second ), QVariant::Double );
      definitions << qMakePair( QStringLiteral( "acel_%1_notes" ).arg( stage ), QVariant::String );
    }
    // The pupils each ACEL stage's percentage is a share of (2024 counts: see DATA.md).
    definitions << qMakePair( QStringLiteral( "cohort_p" ), QVariant::Int ) << qMakePair( QStringLiteral( "cohort_s3" ), QVariant::Int );
    // Each ACEL figure as the interval it is known to lie in, for the attainment algorithms'
    // ATTAINMENT_LOWER_FIELD / ATTAINMENT_UPPER_FIELD, and what the publisher wrote.
    for ( const QString &stage : { QStringLiteral( "p" ), QStringLiteral( "s3" ) } )
    {
      for ( const auto &organiser : ACEL_ORGANISERS )
      {
        const QString base = QStringLiteral( "acel_%1_%2" ).arg( stage, organiser.second );
        definitions << qMakePair( base + QStringLiteral( "_lo" ), QVariant::Double ) << qMakePair( base + QStringLiteral( "_hi" ), QVariant::Double ) << qMakePair( base + QStringLiteral( "_status" ), QVariant::String );
      }
    }
    const QgsFields fields = makeFields( definitions );

    // One name per council in every layer: the data zone look-up's, by code (the roll file
    // spells Na h-Eileanan Siar "Na h-Eileanan an Iar").
    QMap<QString, QString> councilNames;
    for ( const auto &zone : zones )
      councilNames.insert( zone.second.councilCode, zone.second.councilName );

    QgsFeatureList features;
    QStringList outsideZones;
    QgsFeature f;
    QgsFeatureIterator it = roll->getFeatures();
    while ( it.nextFeature( f ) )
    {
      const QString council = f.attribute( QStringLiteral( "LACode" ) ).toString();
      if ( !councils.contains( council ) )
        continue;
      const QString seed = f.attribute( QStringLiteral( "SeedCode" ) ).toString();
      const QString type = f.attribute( QStringLiteral( "SchoolType" ) ).toString();
      const std::optional<double> x = publishedNumber( f.attribute( QStringLiteral( "GridRefEasting" ) ) );
      const std::optional<double> y = publishedNumber( f.attribute( QStringLiteral( "GridRefNorthing" ) ) );
      if ( !x || !y )
        throw QgsProcessingException( PlaceGap::tr( "School %1 (%2) has no grid reference (GridRefEasting/GridRefNorthing) in '%3'." ).arg( seed, f.attribute( QStringLiteral( "SchoolName" ) ).toString(), reader.path( QStringLiteral( "school_roll" ) ) ) );
      const QString dz = f.attribute( QStringLiteral( "DataZone" ) ).toString();
      const auto zone = zones.find( dz );
      if ( zone == zones.end() )
        outsideZones << QStringLiteral( "%1 %2 (%3)" ).arg( seed, f.attribute( QStringLiteral( "SchoolName" ) ).toString(), dz );

      // A school is on the island its data zone is on; a school outside the area's data zones is
      // placed by its own location.
      const QgsGeometry location = QgsGeometry::fromPointXY( QgsPointXY( *x, *y ) );
      const int islandId = zone != zones.end() ? zone->second.island.islandId : islands->islandAt( location );
      if ( islandId != 0 )
        ++schoolsOnIsland[islandId];
      QgsAttributes values;
      values << seed << type << f.attribute( QStringLiteral( "SchoolName" ) ) << council << councilNames.value( council, f.attribute( QStringLiteral( "LAName" ) ).toString() ) << dz
             << asVariant( publishedNumber( f.attribute( QStringLiteral( "PupilRoll" ) ) ) ) << asVariant( publishedNumber( f.attribute( QStringLiteral( "FTETeacher" ) ) ) )
             << asVariant( publishedNumber( f.attribute( QStringLiteral( "DZUR8" ) ) ) )
             << ( zone != zones.end() ? asVariant( zone->second.rank ) : QVariant() ) << ( zone != zones.end() ? QVariant( zone->second.simdQuintile ) : QVariant() )
             << ( islandId != 0 ? 1 : 0 ) << ( islandId != 0 ? QVariant( islandId ) : QVariant() );
      appendSchoolFigures( values, seed + '|' + type, seed, tables );
      QgsFeature out( fields );
      out.setAttributes( values );
      out.setGeometry( location );
      features << out;
    }
    if ( !outsideZones.isEmpty() )
      feedback->pushWarning( PlaceGap::tr( "%n school(s) name a data zone that is not a 2011 data zone of the Northern Alliance; their SIMD fields are NULL: %1", nullptr, outsideZones.size() ).arg( outsideZones.join( QLatin1String( ", " ) ) ) );
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS, fields, placegap::compat::WKB_POINT, features, describeSources( { "school_roll", "school_statistics", "acel", "simd_ranks", "land" } ) );
    return features.size();
  }

  // 9. Hospitals of the five health boards that cover the eight councils exactly.
  void SampleBuild::writeHospitals( GeoPackageWriter &writer ) const
  {
    const QSet<QString> boards { QStringLiteral( "S08000020" ), QStringLiteral( "S08000022" ), QStringLiteral( "S08000025" ), QStringLiteral( "S08000026" ), QStringLiteral( "S08000028" ) };
    std::vector<std::pair<QString, std::unique_ptr<QgsGeometryEngine>>> engines;
    for ( auto it = councilGeometries.constBegin(); it != councilGeometries.constEnd(); ++it )
    {
      engines.emplace_back( it.key(), QgsGeometry::createGeometryEngine( it.value().constGet() ) );
      engines.back().second->prepareGeometry();
    }
    const std::unique_ptr<QgsVectorLayer> hospitals = reader.open( QStringLiteral( "hospitals" ) );
    const QgsCoordinateTransform transform( hospitals->crs(), bng, context.transformContext() );
    const QgsFields fields = makeFields( { { QStringLiteral( "site_code" ), QVariant::String }, { QStringLiteral( "site_name" ), QVariant::String }, { QStringLiteral( "type" ), QVariant::String }, { QStringLiteral( "health_board" ), QVariant::String }, { QStringLiteral( "council_code" ), QVariant::String } } );
    QgsFeatureList features;
    QgsFeature f;
    QgsFeatureIterator it = hospitals->getFeatures();
    while ( it.nextFeature( f ) )
    {
      if ( !boards.contains( f.attribute( QStringLiteral( "hbcode" ) ).toString() ) )
        continue;
      QgsGeometry point = f.geometry();
      if ( point.isNull() )
      {
        feedback->pushWarning( PlaceGap::tr( "Hospital %1 has no location; skipped." ).arg( f.attribute( QStringLiteral( "sitecode" ) ).toString() ) );
        continue;
      }
      point.transform( transform );
      // The generalised council outlines miss a few sites on the shore: those keep a NULL council.
      QVariant council;
      for ( const auto &engine : engines )
      {
        if ( engine.second->intersects( point.constGet() ) )
          council = engine.first;
      }
      QgsFeature out( fields );
      out.setAttributes( QgsAttributes() << f.attribute( QStringLiteral( "sitecode" ) ) << f.attribute( QStringLiteral( "sitename" ) ) << f.attribute( QStringLiteral( "type" ) ) << f.attribute( QStringLiteral( "hbname" ) ) << council );
      out.setGeometry( point );
      features << out;
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_HOSPITALS, fields, placegap::compat::WKB_POINT, features, describeSources( { "hospitals" } ) );
  }

  // 10. Land polygons around the area, as a background.
  void SampleBuild::writeLand( GeoPackageWriter &writer ) const
  {
    const QgsFields fields = makeFields( { { QStringLiteral( "land_id" ), QVariant::Int }, { QStringLiteral( "island" ), QVariant::Int } } );
    QgsFeatureList features;
    for ( const PlaceGapSampleIslands::Land &piece : land )
    {
      QgsFeature out( fields );
      out.setAttributes( QgsAttributes() << piece.id << ( piece.id == islands->mainlandId() ? 0 : 1 ) );
      out.setGeometry( piece.geometry );
      features << out;
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_LAND, fields, placegap::compat::WKB_MULTIPOLYGON, features, describeSources( { "land" } ) );
  }

  // 11. Islands with people: the land polygons that data zones lie mostly on.
  int SampleBuild::writeIslands( GeoPackageWriter &writer ) const
  {
    struct IslandTotals
    {
        double population = 0;
        int zones = 0;
        double largestPopulation = -1;
        QString izName, councilName;
    };
    std::map<int, IslandTotals> totals;
    for ( const auto &[code, zone] : zones )
    {
      if ( !zone.island.onIsland )
        continue;
      IslandTotals &island = totals[zone.island.islandId];
      island.population += *zone.population;
      ++island.zones;
      // Named after the intermediate zone of its most populous data zone: GSHHG has no names.
      if ( *zone.population > island.largestPopulation )
      {
        island.largestPopulation = *zone.population;
        island.izName = zone.izName;
        island.councilName = zone.councilName;
      }
    }
    std::vector<int> islandIds;
    for ( const auto &[id, island] : totals )
      islandIds.push_back( id );
    const std::map<int, QString> ownNames = islandNames( reader, *islands, islandIds, feedback );
    const QgsFields fields = makeFields( { { QStringLiteral( "island_id" ), QVariant::Int }, { QStringLiteral( "name" ), QVariant::String }, { QStringLiteral( "council_name" ), QVariant::String }, { QStringLiteral( "data_zones" ), QVariant::Int }, { QStringLiteral( "population" ), QVariant::Int }, { QStringLiteral( "schools" ), QVariant::Int }, { QStringLiteral( "area_km2" ), QVariant::Double }, { QStringLiteral( "zone_name" ), QVariant::String } } );
    QgsFeatureList features;
    for ( const auto &[id, island] : totals )
    {
      const QgsGeometry geometry = islands->island( id );
      const auto own = ownNames.find( id );
      QgsFeature out( fields );
      out.setAttributes( QgsAttributes() << id << ( own == ownNames.end() ? island.izName : own->second ) << island.councilName << island.zones << island.population << schoolsOnIsland.value( id ) << geometry.area() / 1e6 << island.izName );
      out.setGeometry( geometry );
      features << out;
    }
    writer.write( PlaceGapBuildSampleDataAlgorithm::LAYER_ISLANDS, fields, placegap::compat::WKB_MULTIPOLYGON, features, describeSources( { "land", "data_zones", "simd_ranks", "island_names" } ) );
    return static_cast<int>( features.size() );
  }

  // 12. The primary attainment workflow, run as the model users run, for the first project.
  void SampleBuild::runPrimaryModel( const QString &output )
  {
    const QString modelPath = placegap::installed::dataPath( PlaceGapBuildSampleDataAlgorithm::ATTAINMENT_MODEL );
    QgsProcessingModelAlgorithm model;
    if ( modelPath.isEmpty() || !model.fromFile( modelPath ) )
      throw QgsProcessingException( PlaceGap::tr( "The model %1 is not installed or cannot be read; reinstall PlaceGap." ).arg( PlaceGapBuildSampleDataAlgorithm::ATTAINMENT_MODEL ) );
    for ( const QString &algorithm : { QStringLiteral( "native:extractbyattribute" ), QStringLiteral( "placegap:deprivationattainmentoverlay" ), QStringLiteral( "placegap:attainmentgap" ) } )
    {
      if ( !QgsApplication::processingRegistry()->algorithmById( algorithm ) )
        throw QgsProcessingException( PlaceGap::tr( "The algorithm %1, which the model %2 uses, is not available." ).arg( algorithm, PlaceGapBuildSampleDataAlgorithm::ATTAINMENT_MODEL ) );
    }
    auto table = [&output]( const QString &name, bool geometry )
    {
      return QStringLiteral( "ogr:dbname='%1' table=\"%2\"%3" ).arg( output, name, geometry ? QStringLiteral( " (geom)" ) : QString() );
    };
    const QVariantMap modelParameters {
        { QStringLiteral( "SCHOOLS" ), QStringLiteral( "%1|layername=%2" ).arg( output, PlaceGapBuildSampleDataAlgorithm::LAYER_SCHOOLS ) },
        { QStringLiteral( "overlay:BIVARIATE" ), table( PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_BIVARIATE, true ) },
        { QStringLiteral( "gap:GAP_BY_QUINTILE" ), table( PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP, false ) },
        { QStringLiteral( "gap:GAP_SUMMARY" ), table( PlaceGapBuildSampleDataAlgorithm::LAYER_PRIMARY_GAP_SUMMARY, false ) },
    };
    QgsProcessingContext modelContext;
    modelContext.setTransformContext( context.transformContext() );
    modelContext.setEllipsoid( context.ellipsoid() );
    // The model's messages and cancellation pass through; its progress fills this step's share.
    QgsProcessingMultiStepFeedback modelFeedback( STEPS, feedback );
    modelFeedback.setCurrentStep( step - 1 );
    bool ok = false;
    model.run( modelParameters, modelContext, &modelFeedback, &ok );
    if ( !ok )
      throw QgsProcessingException( PlaceGap::tr( "The model %1 failed on the schools layer." ).arg( PlaceGapBuildSampleDataAlgorithm::ATTAINMENT_MODEL ) );
  }

} // namespace

QString PlaceGapBuildSampleDataAlgorithm::name() const
{
  return QStringLiteral( "buildsampledata" );
}

QString PlaceGapBuildSampleDataAlgorithm::displayName() const
{
  return PlaceGap::tr( "Build Northern Alliance sample data" );
}

QStringList PlaceGapBuildSampleDataAlgorithm::tags() const
{
  return PlaceGap::tr( "sample,teaching,simd,schools,acel,data zones,northern alliance,geopackage" ).split( ',' );
}

QString PlaceGapBuildSampleDataAlgorithm::group() const
{
  return PlaceGap::tr( "Sample data" );
}

QString PlaceGapBuildSampleDataAlgorithm::groupId() const
{
  return QStringLiteral( "sampledata" );
}

QString PlaceGapBuildSampleDataAlgorithm::shortDescription() const
{
  return PlaceGap::tr( "Builds one GeoPackage of Northern Alliance data zones, schools and services from the publishers' open data files." );
}

QString PlaceGapBuildSampleDataAlgorithm::shortHelpString() const
{
  return withFullHelp( PlaceGap::tr( "Builds the Northern Alliance teaching GeoPackage from the publishers' open files shipped with PlaceGap: data zones with SIMD, urban-rural classes and drive times, schools with attainment as published, hospitals, ferry terminals and sailings, land, islands and councils, each layer with its sources and licences. Every file is checked against its published checksum before any is read." ) );
}

PlaceGapBuildSampleDataAlgorithm *PlaceGapBuildSampleDataAlgorithm::createInstance() const
{
  return new PlaceGapBuildSampleDataAlgorithm();
}

void PlaceGapBuildSampleDataAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile( SOURCE_FOLDER, PlaceGap::tr( "Folder holding the published source files" ), placegap::compat::FILE_BEHAVIOR_FOLDER ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT, PlaceGap::tr( "Sample GeoPackage" ), PlaceGap::tr( "GeoPackage (*.gpkg *.GPKG)" ) ) );
  addOutput( new QgsProcessingOutputNumber( DATA_ZONE_COUNT, PlaceGap::tr( "Data zones written" ) ) );
  addOutput( new QgsProcessingOutputNumber( SCHOOL_COUNT, PlaceGap::tr( "Schools written" ) ) );
  showReadableNumbers();
}

QVariantMap PlaceGapBuildSampleDataAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString folder = parameterAsFile( parameters, SOURCE_FOLDER, context );
  const QString finalOutput = parameterAsFileOutput( parameters, OUTPUT, context );
  if ( finalOutput.isEmpty() )
    throw QgsProcessingException( PlaceGap::tr( "No output GeoPackage given (%1)." ).arg( named( OUTPUT ) ) );
  // The output is checked before anything is read, and written under a temporary name that
  // replaces it only once every layer is in: a failure or cancellation leaves no partial file.
  const QString outputProblem = PlaceGapStagedFile::problem( finalOutput, { QStringLiteral( "gpkg" ) }, named( OUTPUT ) );
  if ( !outputProblem.isEmpty() )
    throw QgsProcessingException( outputProblem );
  PlaceGapStagedFile staged( finalOutput );
  const QString output = staged.stagingPath();

  const SourceReader reader( folder, feedback );
  SampleBuild build( reader, context, feedback );
  build.nextStep( PlaceGap::tr( "Checking that the data zone tables join…" ) );
  build.readZoneTables();
  build.nextStep( PlaceGap::tr( "Classing the Northern Alliance data zones…" ) );
  build.classZones();
  build.nextStep( PlaceGap::tr( "Reprojecting and repairing data zone boundaries…" ) );
  build.readZoneBoundaries();
  build.nextStep( PlaceGap::tr( "Placing data zones on the mainland or islands…" ) );
  build.placeZonesOnIslands();
  build.nextStep( PlaceGap::tr( "Classifying data zones by the Degree of Urbanisation…" ) );
  build.classifyDegreeOfUrbanisation();

  GeoPackageWriter writer( output, context );
  // 4. Sources, first: every later layer's description points at it.
  build.nextStep( PlaceGap::tr( "Writing the sources table…" ) );
  {
    const QgsFields fields = makeFields( { { QStringLiteral( "source" ), QVariant::String }, { QStringLiteral( "file" ), QVariant::String }, { QStringLiteral( "description" ), QVariant::String }, { QStringLiteral( "publisher" ), QVariant::String }, { QStringLiteral( "licence" ), QVariant::String }, { QStringLiteral( "attribution" ), QVariant::String } } );
    QgsFeatureList features;
    for ( const PlaceGapSampleSource &source : PlaceGapSampleSource::all() )
    {
      QgsFeature f( fields );
      f.setAttributes( QgsAttributes() << source.key << source.fileName << source.description << source.publisher << source.licence << source.attribution );
      features << f;
    }
    writer.write( LAYER_SOURCES, fields, placegap::compat::WKB_NO_GEOMETRY, features, PlaceGap::tr( "Sources of the PlaceGap Northern Alliance sample data, with licences and attribution." ) );
  }
  build.nextStep( PlaceGap::tr( "Writing %n data zone(s)…", nullptr, static_cast<int>( build.zones.size() ) ) );
  build.writeZones( writer );
  build.nextStep( PlaceGap::tr( "Writing intermediate zones…" ) );
  build.writeIntermediateZones( writer );
  build.nextStep( PlaceGap::tr( "Writing council areas…" ) );
  build.writeCouncils( writer );
  build.nextStep( PlaceGap::tr( "Joining schools, pupil statistics and ACEL attainment…" ) );
  const int schoolCount = build.writeSchools( writer );
  build.nextStep( PlaceGap::tr( "Writing hospitals…" ) );
  build.writeHospitals( writer );
  build.nextStep( PlaceGap::tr( "Writing land…" ) );
  build.writeLand( writer );
  // Ferry terminals and sailings, for timetabled travel to and from the islands.
  build.nextStep( PlaceGap::tr( "Writing ferry terminals and sailings…" ) );
  writeFerries( reader, writer, describeSources( { "ferry_terminals" } ), describeSources( { "ferry_departures" } ), build.bng, context );
  build.nextStep( PlaceGap::tr( "Writing islands…" ) );
  const int islandCount = build.writeIslands( writer );
  build.nextStep( PlaceGap::tr( "Running the primary attainment model on the schools…" ) );
  build.runPrimaryModel( output );

  feedback->setProgress( 100 );
  if ( feedback->isCanceled() )
    throw QgsProcessingException( PlaceGap::tr( "Cancelled." ) );
  QString commitError;
  if ( !staged.commit( &commitError ) )
    throw QgsProcessingException( commitError );
  feedback->pushInfo( PlaceGap::tr( "Wrote %1 data zones, %2 schools and %3 inhabited islands of the 8 councils to %4; %n geometry(ies) repaired.", nullptr, build.repaired.size() ).arg( build.zones.size() ).arg( schoolCount ).arg( islandCount ).arg( finalOutput ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT, finalOutput );
  outputs.insert( DATA_ZONE_COUNT, static_cast<int>( build.zones.size() ) );
  outputs.insert( SCHOOL_COUNT, schoolCount );
  return withProvenance( parameters, outputs );
}
