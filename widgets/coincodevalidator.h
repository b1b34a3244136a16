#pragma once

#include <QValidator>

// Keeps a coin field a coin code while it is typed: letters are upper-cased as they come ("shib"
// becomes SHIB), anything but letters and digits is refused, up to the stored length.
class CoinCodeValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoinCodeValidator)

public:
    explicit CoinCodeValidator(QObject *parent = nullptr);

    State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;
};
