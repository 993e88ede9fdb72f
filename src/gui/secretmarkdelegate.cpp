#include "secretmarkdelegate.h"

#include "credentialsmodel.h"
#include "palettecolors.h"

namespace keycard {

void SecretMarkDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->state.testFlag(QStyle::State_Selected))
        return; // the highlight's own text colour
    const auto mark =
        CredentialsModel::SecretMark(index.data(CredentialsModel::SecretMarkRole).toInt());
    const QColor background = option->palette.color(
        option->features.testFlag(QStyleOptionViewItem::Alternate) ? QPalette::AlternateBase
                                                                   : QPalette::Base);
    switch (mark) {
    case CredentialsModel::SecretMark::Stored:
        option->palette.setColor(QPalette::Text, palettecolors::positiveText(background));
        break;
    case CredentialsModel::SecretMark::Lost:
        option->palette.setColor(QPalette::Text, palettecolors::warningText(background));
        option->font.setBold(true);
        break;
    case CredentialsModel::SecretMark::None:
        break;
    }
}

} // namespace keycard
