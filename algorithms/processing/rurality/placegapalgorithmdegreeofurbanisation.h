/***************************************************************************
  placegapalgorithmdegreeofurbanisation.h - placegap:degreeofurbanisation
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMDEGREEOFURBANISATION_H
#define PLACEGAPALGORITHMDEGREEOFURBANISATION_H

#include "placegapruralityalgorithm.h"

class QgsRasterLayer;

/**
 * The Eurostat/OECD Degree of Urbanisation: classifies the cells of a population grid (urban
 * centres, urban clusters, rural cells and their level 2 classes) and the areas of a polygon
 * layer (cities, towns and semi-dense areas, rural areas) from their population's grid classes.
 */
class PlaceGapDegreeOfUrbanisationAlgorithm : public PlaceGapRuralityAlgorithm
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_CLASS;
    static const QString FIELD_CLASS_LABEL;
    static const QString FIELD_CLASS_L2;
    static const QString FIELD_CLASS_L2_LABEL;
    static const QString FIELD_POPULATION;
    static const QString FIELD_POP_CENTRE;
    static const QString FIELD_POP_CLUSTER;
    static const QString FIELD_POP_RURAL;
    static const QString FIELD_PCT_CENTRE;
    static const QString FIELD_PCT_CLUSTER;
    static const QString FIELD_PCT_RURAL;
    //! Population per level 2 grid class: this prefix and the class code ("pop_23").
    static const QString FIELD_POP_CLASS_PREFIX;
    static const QString FIELD_NODATA_KM2;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapDegreeOfUrbanisationAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

    //! Every field the polygon output adds, in order.
    static QStringList outputFieldNames();

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the population raster or the areas cannot be used, or empty.
    QString inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Writes the areas with their classes (defined in the .cpp).
    class AreaWriter;
};

#endif // PLACEGAPALGORITHMDEGREEOFURBANISATION_H
