/***************************************************************************
  placegapalgorithmbuildsampledata.h - placegap:buildsampledata
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMBUILDSAMPLEDATA_H
#define PLACEGAPALGORITHMBUILDSAMPLEDATA_H

#include "placegapalgorithm.h"

/**
 * Builds the Northern Alliance sample GeoPackage from the publishers' source files:
 * validates, subsets to the eight councils, repairs, reprojects to EPSG:27700 and joins.
 */
class PlaceGapBuildSampleDataAlgorithm : public PlaceGapAlgorithm
{
  public:
    //! Layer names in the GeoPackage: a public API the sample projects and styles rely on.
    static const QString LAYER_COUNCILS;
    static const QString LAYER_INTERMEDIATE_ZONES;
    static const QString LAYER_DATA_ZONES;
    static const QString LAYER_SCHOOLS;
    static const QString LAYER_HOSPITALS;
    static const QString LAYER_LAND;
    static const QString LAYER_SOURCES;
    static const QString LAYER_ISLANDS;
    static const QString LAYER_FERRY_TERMINALS;
    static const QString LAYER_FERRY_SAILINGS;
    //! The outputs of the primary attainment model (ATTAINMENT_MODEL), run on the schools layer.
    static const QString LAYER_PRIMARY_BIVARIATE;
    static const QString LAYER_PRIMARY_GAP;
    static const QString LAYER_PRIMARY_GAP_SUMMARY;
    //! The model, relative to the installed data folder (placegap::installed::dataPath).
    static const QString ATTAINMENT_MODEL;

    //! Council area codes (S12) of the Northern Alliance, sorted.
    static const QStringList NORTHERN_ALLIANCE_COUNCILS;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapBuildSampleDataAlgorithm *createInstance() const override;
    //! The attainment model it runs extracts features with native:extractbyattribute.
    bool runsNativeAlgorithms() const override { return true; }

  protected:
    QString documentationPage() const override { return QStringLiteral( "sampledata" ); }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // PLACEGAPALGORITHMBUILDSAMPLEDATA_H
