import { Component, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useLang } from '@/hooks/use-lang';

interface CardBoundaryProps {
  /** The card inside, named in the log. */
  cardId: string;
  /** The fallback's element: `li` among the bubbles of the wall, `div` inside an open card. */
  as?: 'li' | 'div';
  children: ReactNode;
}

/**
 * Around each card, on the wall and open: a card that fails to render leaves the rest of the
 * room readable. In its place, a calm line, a retry and the way to the catalogue.
 */
export class CardBoundary extends Component<CardBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(`card "${this.props.cardId}" could not be shown:`, error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <CardFallback as={this.props.as ?? 'div'} onRetry={() => this.setState({ failed: false })} />;
  }
}

function CardFallback({ as: Tag, onRetry }: { as: 'li' | 'div'; onRetry: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Tag className="card-fallback">
      <p>{t('card.unavailable')}</p>
      <p className="card-fallback__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('card.retry')}
        </button>
        <Link to={paths.catalogue.getHref(lang)}>{t('card.unavailableLink')}</Link>
      </p>
    </Tag>
  );
}
