#pragma once

#include <QMainWindow>

class QTableView;

namespace jw {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QTableView *m_table = nullptr;
};

} // namespace jw
