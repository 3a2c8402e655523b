/***************************************************************************
  placegapalgorithmtraveltimematrix.h - placegap:traveltimematrix
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
#define PLACEGAPALGORITHMTRAVELTIMEMATRIX_H

#include "placegapnetworkalgorithmbase.h"

class PlaceGapRowWriter;
class QgsFeatureSink;

/**
 * Origin x destination table of travel minutes and km over a road (and ferry) network,
 * optionally only the k nearest destinations or those within a cut-off.
 */
class PlaceGapTravelTimeMatrixAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapTravelTimeMatrixAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QgsFields outputFields( const QVariantMap &parameters, QgsProcessingContext &context, const Network &network ) const;
    //! The rows of origin i: the destinations reached, nearest first, then (full matrix) the others with NULL results, counted in unreachable.
    //! One origin's rows to the row writer (bulk), else as features to the sink.
    static void writeRows( const QList<QgsAttributes> &rows, PlaceGapRowWriter *bulk, const QString &file, QgsFeatureSink *sink, const QgsFields &fields, const QVariantMap &parameters );
    static QList<QgsAttributes> originRows( const Network &network, const TimetableResults &timetabled, const std::vector<Site> &origins, const std::vector<Site> &destinations, std::size_t i, const std::vector<placegap::Reach> &reaches, bool fullMatrix, std::size_t &unreachable );
};

#endif // PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
