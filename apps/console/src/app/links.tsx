import { Anchor, AnchorProps, Button, ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { AnchorHTMLAttributes, forwardRef } from 'react';

/*
 * Mantine's anchor and button as router links, typed by the router (a route's params and
 * search are checked), which Mantine's `component={Link}` does not keep.
 */
const AnchorElement = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
const ButtonElement = forwardRef<HTMLAnchorElement, ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));

export const AnchorLink = createLink(AnchorElement);
export const ButtonLink = createLink(ButtonElement);
