/**
 * The entrance hall's texts (its name, place, introduction, about): the hall's page and the pages
 * about the exhibition show them, not a room, which does not load them.
 */
import hallJson from '../../data/hall.json';
import type { Hall } from './types';

export const hall = hallJson as Hall;
