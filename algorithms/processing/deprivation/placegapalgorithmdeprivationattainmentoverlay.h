/***************************************************************************
  placegapalgorithmdeprivationattainmentoverlay.h - placegap:deprivationattainmentoverlay
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMDEPRIVATIONATTAINMENTOVERLAY_H
#define PLACEGAPALGORITHMDEPRIVATIONATTAINMENTOVERLAY_H

#include "placegapdeprivationattainmentalgorithm.h"

#include <map>

/**
 * Joins an attainment table to deprivation areas by code and writes the bivariate
 * deprivation x attainment class (2 x 2 to 5 x 5) with readable labels.
 */
class PlaceGapDeprivationAttainmentOverlayAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! How the deprivation axis is cut; the order is the DEPRIVATION_BREAKS parameter's public value.
    enum DeprivationBreaks
    {
      QuantilesOfJoinedAreas = 0,
      NationalFromRank = 1,
    };

    //! Which end of the deprivation measure is deprived; the DEPRIVATION_ORDER parameter's public value.
    enum DeprivationOrder
    {
      LowIsMoreDeprived = 0,  //!< a rank, 1 = most deprived
      HighIsMoreDeprived = 1, //!< a score or a share of people income-deprived
    };

    //! Output field names, a public API: never rename.
    static const QString FIELD_ATTAINMENT;
    static const QString FIELD_DEPRIVATION_CLASS;
    static const QString FIELD_ATTAINMENT_CLASS;
    static const QString FIELD_BIVARIATE_CLASS;
    static const QString FIELD_BIVARIATE_CODE;
    static const QString FIELD_DEPRIVATION_LABEL;
    static const QString FIELD_ATTAINMENT_LABEL;
    static const QString FIELD_BIVARIATE_LABEL;
    //! What the attainment table holds for the area: value, suppressed, banded, not applicable...
    static const QString FIELD_ATTAINMENT_STATUS;
    //! Fields of the CLASS_SUMMARY table (with dep_class, att_class, bivar_code and bivar_label).
    static const QString FIELD_CLASS;
    static const QString FIELD_AREAS;
    static const QString FIELD_AREAS_PERCENT;
    static const QString FIELD_COUNT;
    static const QString FIELD_COUNT_PERCENT;

    //! The joined areas of one class in one bivariate cell (cell 0: not classified), and their count.
    struct ClassCell
    {
        int areas = 0;
        double count = 0;
    };
    //! By class (e.g. urban-rural class), then by bivariate cell.
    using ClassSummary = std::map<QString, std::map<int, ClassCell>>;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapDeprivationAttainmentOverlayAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the layers cannot be used with these parameters, or an empty string.
    QString layerProblem( const QgsFeatureSource &areas, const QgsFeatureSource &attainment, const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Writes CLASS_SUMMARY (asked for): every cell of the grid for every class; its destination.
    QString writeClassSummary( const ClassSummary &summary, int classes, bool withCount, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    //! One run: the attainment rows and areas as read, joined and classed (defined in the .cpp).
    class Run;
};

#endif // PLACEGAPALGORITHMDEPRIVATIONATTAINMENTOVERLAY_H
