#include "mainwindow.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace jw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Jobwatch"));
    auto *model = new QStandardItemModel(0, 4, this);
    model->setHorizontalHeaderLabels({tr("Job"), tr("Profile"), tr("Status"), tr("Progress")});
    m_table->setModel(model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);
    resize(1100, 700);
}

} // namespace jw
