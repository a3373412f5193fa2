import type { frameNl } from './frame.nl.ts';

/** English texts of the page frame and the shared error messages; the type makes sure every Dutch key has one. */
export const frameEn: { readonly [K in keyof typeof frameNl]: string } = {
  'nav.menu': 'Menu',
  'nav.scrollRegion': 'Table, scroll sideways to see all of it',
  'error.pageTitle': 'This page does not work right now',
  'error.page': 'Something went wrong while showing this page. Reload the page. Does it keep happening? Choose another page in the menu and tell the administrator.',
  'error.network': 'There is no connection with Naast. Check your internet connection and try again.',
  'error.signedOut': 'You are not signed in (any more). Sign in and try again.',
  'error.forbidden': 'Your role does not allow you to see or do this. Think this is wrong? Ask the administrator of your organisation for the right role.',
  'error.notFound': 'This information does not exist (any more). Go back to the previous page or to the home page.',
  'error.checkNext': 'Check what you filled in and try again.',
  'error.notFoundNext': 'Go back to the previous page or to the home page.',
  'error.conflict': 'Someone else changed this in the meantime. Reload the page and make your change again.',
  'error.tooLarge': 'The file or text is too large. Make it smaller and try again.',
  'error.tooMany': 'You tried too many times in a row. Wait a few minutes and then try again.',
  'error.tooManyNext': 'Wait a few minutes and then try again.',
  'error.unavailable': 'Naast is not available for a moment, for example because of maintenance. Try again in a few minutes.',
  'error.server': 'Something went wrong in Naast. Try again in a few minutes. Does it keep happening? Contact the administrator.',
  'error.badRequest': 'This could not be processed. Reload the page and try again.',
  'error.reload': 'The page has expired. Reload the page and try again.',
};
