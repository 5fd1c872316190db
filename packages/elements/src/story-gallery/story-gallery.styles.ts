import { css } from 'lit';

/** The styles of `<nb-story-gallery>`: a grid of cards that wraps to the width it is given. */
export const storyGalleryStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--nb-story-gallery-card-width, 16rem), 1fr));
    gap: var(--_nb-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
  }
  img {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--_nb-subtle);
  }
  blockquote {
    margin: 0;
    padding: var(--_nb-space);
    white-space: pre-line;
  }
  p {
    margin: 0;
    padding: 0 var(--_nb-space) var(--_nb-space);
    color: var(--_nb-muted);
  }
  @media (forced-colors: active) {
    li {
      border-color: CanvasText;
    }
  }
`;
