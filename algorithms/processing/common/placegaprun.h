/***************************************************************************
  placegaprun.h - what every algorithm's run shares: its call and its warnings
 ***************************************************************************/
#ifndef PLACEGAPRUN_H
#define PLACEGAPRUN_H

#include "placegapfeaturewarnings.h"

#include <QVariantMap>

class QgsProcessingContext;
class QgsProcessingFeedback;

/**
 * The base of an algorithm's Run, the object that holds one run's state while processAlgorithm()
 * calls its steps: the algorithm (whose parameterAs...() a Run nested in it may call), the call's
 * parameters, context and feedback, and the warnings about features.
 */
template <class Algorithm>
struct PlaceGapRun
{
    PlaceGapRun( const Algorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
        : algorithm( algorithm ), parameters( parameters ), context( context ), feedback( feedback ), warnings( feedback )
    {
    }

    const Algorithm &algorithm;
    const QVariantMap &parameters;
    QgsProcessingContext &context;
    QgsProcessingFeedback *feedback = nullptr;
    //! Warning of a feature changes nothing of the run: steps that only read may warn.
    mutable PlaceGapFeatureWarnings warnings;
};

#endif // PLACEGAPRUN_H
