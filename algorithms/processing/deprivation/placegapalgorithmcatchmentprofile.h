/***************************************************************************
  placegapalgorithmcatchmentprofile.h - placegap:catchmentprofile
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMCATCHMENTPROFILE_H
#define PLACEGAPALGORITHMCATCHMENTPROFILE_H

#include "placegapdeprivationattainmentalgorithm.h"

/**
 * Deprivation profile of larger areas (school catchments, wards, localities) from the small
 * areas (data zones) inside them, with area-weighted or whole-area (centroid) apportionment.
 */
class PlaceGapCatchmentProfileAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! How small areas are shared out; the order is the APPORTIONMENT parameter's public value.
    enum Apportionment
    {
      AreaWeighted = 0,
      WholeAreasByCentroid = 1,
    };

    //! Output field names, a public API: never rename. FIELD_PERCENT_PREFIX is followed by 1..5.
    static const QString FIELD_POPULATION;
    static const QString FIELD_PERCENT_PREFIX;
    static const QString FIELD_MEAN_RANK;
    static const QString FIELD_AREAS;
    static const QString FIELD_MOST_DEPRIVED_AREAS;
    //! With COUNT_FIELD: the apportioned count, the part in quintile 1 areas, % of it outside them, % of the population.
    static const QString FIELD_COUNT;
    static const QString FIELD_COUNT_Q1;
    static const QString FIELD_COUNT_OUTSIDE_Q1;
    static const QString FIELD_COUNT_RATE;
    //! CLASS_SUMMARY's class column (the rest as above).
    static const QString FIELD_CLASS;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapCatchmentProfileAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the layers cannot be used with these parameters, or an empty string.
    QString layerProblem( const QgsFeatureSource &areas, const QgsFeatureSource &catchments, const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! One run: the catchments, the small areas apportioned to them and the outputs (defined in the .cpp).
    class Run;
};

#endif // PLACEGAPALGORITHMCATCHMENTPROFILE_H
