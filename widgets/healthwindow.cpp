#include "healthwindow.h"

#include "healthtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

HealthWindow::HealthWindow(const HealthBoard *board, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new HealthTableModel(board, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("healthWindow"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    m_beat.setInterval(1000);
    connect(&m_beat, &QTimer::timeout, m_model, &HealthTableModel::refresh);
    resize(820, 260);
    retranslate();
}

void HealthWindow::showEvent(QShowEvent *event)
{
    m_model->refresh();
    m_beat.start();
    QWidget::showEvent(event);
}

void HealthWindow::hideEvent(QHideEvent *event)
{
    // Nobody looks: no need to re-read the board every second.
    m_beat.stop();
    QWidget::hideEvent(event);
}

void HealthWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HealthWindow::retranslate()
{
    setWindowTitle(tr("Feed health"));
}
