/***************************************************************************
  testmodeldiagrams.cpp - the shipped workflow models read well in the Model Designer
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsmodelarrowitem.h"
#include "qgsmodelcomponentgraphicitem.h"
#include "qgsmodelgraphicsscene.h"
#include "qgsprocessingmodelalgorithm.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QtTest>

#include <algorithm>

namespace
{
  //! The points of a link's curve, less its first and last \a trim pixels, where links sharing a port meet.
  QPolygonF trimmedCurve( const QgsModelArrowItem *arrow, double trim )
  {
    const QPainterPath path = arrow->mapToScene( arrow->path() );
    QPolygonF points;
    const double length = path.length();
    for ( double at = trim; at <= length - trim; at += 2 )
      points << path.pointAtPercent( path.percentAtLength( at ) );
    return points;
  }

  bool cross( const QPolygonF &a, const QPolygonF &b )
  {
    for ( int i = 1; i < a.size(); ++i )
    {
      for ( int j = 1; j < b.size(); ++j )
      {
        if ( QLineF( a[i - 1], a[i] ).intersects( QLineF( b[j - 1], b[j] ), nullptr ) == QLineF::BoundedIntersection )
          return true;
      }
    }
    return false;
  }
} // namespace

class TestModelDiagrams : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase() { placegaptest::startQgis(); }
    void cleanupTestCase() { QgsApplication::exitQgis(); }
    void diagramsReadWell_data();
    void diagramsReadWell();
};

void TestModelDiagrams::diagramsReadWell_data()
{
  QTest::addColumn<QString>( "file" );
  const QDir models( QStringLiteral( PLACEGAP_SOURCE_DIR "/sample-projects/models" ) );
  for ( const QString &file : models.entryList( { QStringLiteral( "*.model3" ) } ) )
    QTest::newRow( qPrintable( file ) ) << models.filePath( file );
  QVERIFY( models.entryList( { QStringLiteral( "*.model3" ) } ).size() >= 2 );
}

void TestModelDiagrams::diagramsReadWell()
{
  QFETCH( QString, file );
  QgsProcessingModelAlgorithm model;
  QVERIFY( model.fromFile( file ) );
  QgsModelGraphicsScene scene;
  scene.setModel( &model );
  QgsProcessingContext context;
  scene.createItems( &model, context );

  // For a look at the diagram: PLACEGAP_DIAGRAM_DIR=/some/folder.
  const QString folder = qEnvironmentVariable( "PLACEGAP_DIAGRAM_DIR" );
  if ( !folder.isEmpty() )
  {
    const QRectF bounds = scene.itemsBoundingRect().adjusted( -20, -20, 20, 20 );
    QImage image( bounds.size().toSize() * 2, QImage::Format_ARGB32 );
    image.fill( Qt::white );
    QPainter painter( &image );
    painter.setRenderHint( QPainter::Antialiasing );
    scene.render( &painter, QRectF( QPointF( 0, 0 ), image.size() ), bounds );
    painter.end();
    image.save( QDir( folder ).filePath( QFileInfo( file ).completeBaseName() + QStringLiteral( ".png" ) ) );
  }

  QList<QgsModelComponentGraphicItem *> components;
  QList<QgsModelArrowItem *> arrows;
  for ( QGraphicsItem *item : scene.items() )
  {
    if ( auto *component = dynamic_cast<QgsModelComponentGraphicItem *>( item ) )
      components << component;
    else if ( auto *arrow = dynamic_cast<QgsModelArrowItem *>( item ) )
      arrows << arrow;
  }
  QVERIFY( components.size() >= 4 );

  // The designer draws a step it cannot validate in red.
  for ( const QgsProcessingModelChildAlgorithm &child : model.childAlgorithms() )
  {
    QStringList issues;
    QVERIFY2( model.validateChildAlgorithm( child.childId(), issues ), qPrintable( child.childId() + QStringLiteral( ": " ) + issues.join( QStringLiteral( "; " ) ) ) );
  }

  // Titles on one line: a longer one wraps and its second line is cut by the box.
  for ( const QgsModelComponentGraphicItem *component : std::as_const( components ) )
  {
    const double room = const_cast<QgsModelComponentGraphicItem *>( component )->component()->size().width() - 60; // icon, margins and the item's buttons
    const double width = QFontMetricsF( component->font() ).horizontalAdvance( component->label() );
    QVERIFY2( width <= room, qPrintable( QStringLiteral( "'%1' is %2 px wide in a box with room for %3" ).arg( component->label() ).arg( width ).arg( room ) ) );
  }

  // Every step's inputs are drawn (a child whose algorithm is unknown would lose its links), and no two links cross.
  int expectedLinks = 0;
  for ( const QgsProcessingModelChildAlgorithm &child : model.childAlgorithms() )
  {
    QVERIFY2( child.algorithm(), qPrintable( child.algorithmId() ) );
    expectedLinks += child.modelOutputs().size();
    for ( const QgsProcessingModelChildParameterSources &sources : child.parameterSources() )
    {
      for ( const QgsProcessingModelChildParameterSource &source : sources )
        expectedLinks += source.source() == QgsProcessingModelChildParameterSource::ModelParameter || source.source() == QgsProcessingModelChildParameterSource::ChildOutput;
    }
  }
  QVERIFY2( arrows.size() >= expectedLinks, qPrintable( QStringLiteral( "%1 links drawn, %2 expected" ).arg( arrows.size() ).arg( expectedLinks ) ) );
  for ( int i = 0; i < arrows.size(); ++i )
  {
    for ( int j = i + 1; j < arrows.size(); ++j )
    {
      // Two inputs of one step fed by the same output are drawn as one curve.
      const QPainterPath a = arrows[i]->mapToScene( arrows[i]->path() );
      const QPainterPath b = arrows[j]->mapToScene( arrows[j]->path() );
      if ( a.pointAtPercent( 0 ) == b.pointAtPercent( 0 ) && a.pointAtPercent( 1 ) == b.pointAtPercent( 1 ) )
        continue;
      QVERIFY2( !cross( trimmedCurve( arrows[i], 12 ), trimmedCurve( arrows[j], 12 ) ), qPrintable( QStringLiteral( "two links cross in %1" ).arg( file ) ) );
    }
  }

  // The dialog asks for the inputs in the order the diagram shows them, top to bottom.
  QList<QgsProcessingModelParameter> byPosition = model.parameterComponents().values();
  std::sort( byPosition.begin(), byPosition.end(), []( const QgsProcessingModelParameter &a, const QgsProcessingModelParameter &b )
             { return a.position().y() < b.position().y() || ( a.position().y() == b.position().y() && a.position().x() < b.position().x() ); } );
  QStringList diagramOrder;
  for ( const QgsProcessingModelParameter &parameter : std::as_const( byPosition ) )
    diagramOrder << parameter.parameterName();
  QStringList dialogOrder;
  for ( const QgsProcessingParameterDefinition *definition : model.parameterDefinitions() )
  {
    if ( !definition->isDestination() )
      dialogOrder << definition->name();
  }
  QCOMPARE( dialogOrder, diagramOrder );
}

QTEST_MAIN( TestModelDiagrams )
#include "testmodeldiagrams.moc"
