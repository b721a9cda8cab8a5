import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { text } from '../../../../testing/access-testing';
import { ForbiddenPage } from './forbidden-page';

describe('ForbiddenPage', () => {
  it('says that access is refused and links back to the recommendations', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ForbiddenPage);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(text(element.querySelector('h1'))).toBe('Access refused');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/recommendations');
  });
});
