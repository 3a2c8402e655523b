/***************************************************************************
  placegapdeprivationattainmentalgorithm.h - base of the deprivation and attainment family
 ***************************************************************************/
#ifndef PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H
#define PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H

#include "qgsprocessingalgorithm.h"

/**
 * What the algorithms of the "Deprivation and attainment" group share: the group, the icon and
 * a help link to the README section named after the algorithm id.
 */
class PlaceGapDeprivationAttainmentAlgorithm : public QgsProcessingAlgorithm
{
  public:
    QString group() const override;
    QString groupId() const override;
    QString helpUrl() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;
};

#endif // PLACEGAPDEPRIVATIONATTAINMENTALGORITHM_H
